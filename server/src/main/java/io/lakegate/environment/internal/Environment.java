package io.lakegate.environment.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.lakegate.environment.EnvironmentFeatures;
import io.lakegate.platform.provisioning.StackStatus;

public record Environment(String uri, String organizationUri, String name, String description, String region,
        String resourcePrefix, String adminTeam, List<String> tags, EnvironmentFeatures features, Path storageRoot,
        StackStatus stackStatus, String createdBy, Instant createdAt, Instant updatedAt) {
}
