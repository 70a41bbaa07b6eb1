package io.lakegate.environment;

import java.nio.file.Path;

/** What other modules need to know of an environment. */
public record EnvironmentSummary(String uri, String organizationUri, String name, String region, String resourcePrefix,
        String adminTeam, Path storageRoot, EnvironmentFeatures features) {
}
