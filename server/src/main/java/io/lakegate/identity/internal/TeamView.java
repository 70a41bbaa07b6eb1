package io.lakegate.identity.internal;

import java.time.Instant;

public record TeamView(String name, String source, boolean adminTeam, int members, Instant createdAt) {
}
