package io.lakegate.environment.internal;

import java.time.Instant;
import java.util.Set;

import io.lakegate.environment.EnvironmentPermission;

/** A team of an environment: its admin team (every permission) or an invited team. */
public record EnvironmentTeam(String team, boolean admin, Set<EnvironmentPermission> permissions, String invitedBy,
        Instant invitedAt) {
}
