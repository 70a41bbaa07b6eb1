package io.lakegate.environment;

import java.nio.file.Path;

import io.lakegate.platform.provisioning.StackStatus;

/** What other modules need to know of an environment. */
public record EnvironmentSummary(String uri, String organizationUri, String name, String region, String resourcePrefix,
        String adminTeam, Path storageRoot, StackStatus stackStatus) {
}
