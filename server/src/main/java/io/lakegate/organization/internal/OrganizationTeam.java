package io.lakegate.organization.internal;

import java.time.Instant;
import java.util.Set;

import io.lakegate.organization.OrganizationPermission;

/** A team of an organization: its admin team (every permission) or an invited team. */
public record OrganizationTeam(String team, boolean admin, Set<OrganizationPermission> permissions, String invitedBy,
        Instant invitedAt) {
}
