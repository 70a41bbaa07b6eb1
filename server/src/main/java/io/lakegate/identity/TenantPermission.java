package io.lakegate.identity;

/** What a team may do across the whole installation; the admin team grants them per team (guide 3.1.1). */
public enum TenantPermission {
    MANAGE_ORGANIZATIONS,
    MANAGE_ENVIRONMENTS,
    MANAGE_DATASETS,
    MANAGE_SHARES,
    MANAGE_WORKSHEETS,
    MANAGE_GLOSSARIES,
    MANAGE_DASHBOARDS,
    MANAGE_PIPELINES,
    MANAGE_NOTEBOOKS
}
