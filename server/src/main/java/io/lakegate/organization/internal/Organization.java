package io.lakegate.organization.internal;

import java.time.Instant;
import java.util.List;

public record Organization(String uri, String name, String description, String adminTeam, List<String> tags,
        String createdBy, Instant createdAt, Instant updatedAt) {
}
