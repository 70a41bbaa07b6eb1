package io.lakegate.environment;

/** What an invited team may do in an environment; the environment's admin team may do all of it. */
public enum EnvironmentPermission {
    CREATE_DATASET,
    CREATE_SHARE,
    RUN_WORKSHEETS,
    CREATE_DASHBOARD,
    CREATE_PIPELINE,
    CREATE_NOTEBOOK,
    INVITE_TEAM,
    MANAGE_CONSUMPTION_PRINCIPALS
}
