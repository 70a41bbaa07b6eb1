package io.lakegate.environment.internal;

import java.time.Instant;

/** A service account of a team in an environment; {@code tokenHint} is the start of its current token. */
public record ConsumptionPrincipal(String uri, String environmentUri, String name, String ownerTeam, String tokenHint,
        String createdBy, Instant createdAt, Instant tokenRotatedAt) {
}
