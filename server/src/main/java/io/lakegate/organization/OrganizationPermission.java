package io.lakegate.organization;

/** What an invited team may do in an organization; the organization's admin team may do all of it. */
public enum OrganizationPermission {
    LINK_ENVIRONMENT,
    INVITE_ORGANIZATION_TEAM,
    REMOVE_ORGANIZATION_TEAM
}
