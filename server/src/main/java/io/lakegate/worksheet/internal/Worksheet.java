package io.lakegate.worksheet.internal;

import java.time.Instant;
import java.util.List;

/** A team's worksheet: its saved SQL, run as the team in the environment. */
record Worksheet(String uri, String name, String description, String ownerTeam, String environmentUri,
        List<String> tags, String sql, String createdBy, Instant createdAt, Instant updatedAt) {

    String resource() {
        return "worksheet " + uri;
    }
}
