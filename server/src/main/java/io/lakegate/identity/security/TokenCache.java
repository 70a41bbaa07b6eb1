package io.lakegate.identity.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.lakegate.identity.Principal;
import io.lakegate.identity.internal.IdentityVersion;
import io.lakegate.platform.LakegateProperties;
import org.springframework.stereotype.Component;

/**
 * Local access tokens already verified, with their principals, for a short while: a request with a known
 * token needs neither the signature check nor the user lookup. Any change to users or memberships on this
 * node empties it at once; the time to live bounds how late other nodes' changes are seen, and a token is
 * never used past its own expiry.
 */
@Component
class TokenCache {

    private static final int MAX_ENTRIES = 10_000;

    private final IdentityVersion version;
    private final long ttlNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    TokenCache(IdentityVersion version, LakegateProperties properties) {
        this.version = version;
        this.ttlNanos = properties.auth().principalCacheTtl().toNanos();
    }

    Optional<Principal> get(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.version() != version.current() || System.nanoTime() - entry.cachedAt() >= ttlNanos
                || !Instant.now().isBefore(entry.expiresAt())) {
            entries.remove(token);
            return Optional.empty();
        }
        return Optional.of(entry.principal());
    }

    /** Remembers a verified token; {@code versionAtLookup} is the identity version read before the principal was. */
    void put(String token, Principal principal, Instant expiresAt, long versionAtLookup) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(token, new Entry(principal, versionAtLookup, System.nanoTime(), expiresAt));
    }

    long version() {
        return version.current();
    }

    private record Entry(Principal principal, long version, long cachedAt, Instant expiresAt) {
    }
}
