package io.lakegate.access;

/**
 * A dataset as access decides on it: who owns it and who stewards it ({@code stewardsTeam} may be null).
 */
public record ProtectedDataset(String uri, String ownerTeam, String stewardsTeam) {

    String resource() {
        return "dataset " + uri;
    }
}
