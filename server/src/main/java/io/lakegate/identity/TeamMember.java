package io.lakegate.identity;

/**
 * A user as a member of some team.
 *
 * @param email where mail reaches them; null when the directory has no address
 */
public record TeamMember(String username, String displayName, String email) {
}
