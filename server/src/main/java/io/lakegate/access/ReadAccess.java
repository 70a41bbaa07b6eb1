package io.lakegate.access;

import java.util.Optional;

/**
 * Why a read was allowed: the level, the team it goes through (null for a consumption principal), and the
 * data filter to apply (none for owners and stewards).
 */
public record ReadAccess(AccessLevel level, String team, Optional<DataFilter> filter) {
}
