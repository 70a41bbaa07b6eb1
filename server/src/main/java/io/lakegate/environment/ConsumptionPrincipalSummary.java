package io.lakegate.environment;

/** What other modules need to know of a consumption principal. */
public record ConsumptionPrincipalSummary(String uri, String environmentUri, String name, String ownerTeam) {
}
