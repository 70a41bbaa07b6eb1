package io.lakegate.organization;

/** What other modules need to know of an organization. */
public record OrganizationSummary(String uri, String name, String adminTeam) {
}
