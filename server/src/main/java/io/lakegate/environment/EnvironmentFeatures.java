package io.lakegate.environment;

/** The features switched on in an environment (guide 3.2.2, "Features Management"). */
public record EnvironmentFeatures(Boolean worksheets, Boolean dashboards, Boolean pipelines, Boolean notebooks) {

    public static final EnvironmentFeatures ALL = new EnvironmentFeatures(true, true, true, true);

    /** These features, with the switches left out of {@code changes} kept as they are. */
    public EnvironmentFeatures with(EnvironmentFeatures changes) {
        if (changes == null) {
            return this;
        }
        return new EnvironmentFeatures(
                changes.worksheets() == null ? worksheets : changes.worksheets(),
                changes.dashboards() == null ? dashboards : changes.dashboards(),
                changes.pipelines() == null ? pipelines : changes.pipelines(),
                changes.notebooks() == null ? notebooks : changes.notebooks());
    }

    /** Whether a permission can be used: the permissions of a switched-off feature are dormant. */
    public boolean allows(EnvironmentPermission permission) {
        return switch (permission) {
            case RUN_WORKSHEETS -> worksheets;
            case CREATE_DASHBOARD -> dashboards;
            case CREATE_PIPELINE -> pipelines;
            case CREATE_NOTEBOOK -> notebooks;
            default -> true;
        };
    }
}
