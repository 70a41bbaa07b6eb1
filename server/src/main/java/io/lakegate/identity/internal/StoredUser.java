package io.lakegate.identity.internal;

import java.time.Instant;
import java.util.Set;

public record StoredUser(String username, String displayName, String email, String passwordHash, String source,
        Set<String> teams, Instant createdAt) {
}
