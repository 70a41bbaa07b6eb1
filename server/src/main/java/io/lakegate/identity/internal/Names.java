package io.lakegate.identity.internal;

/** The shapes of local user and team names. */
final class Names {

    static final String USERNAME = "^[a-z0-9][a-z0-9._@-]{0,63}$";
    static final String USERNAME_RULE = "must be 1 to 64 lowercase letters, digits, '.', '_', '@' or '-', starting with a letter or digit";
    static final String TEAM = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$";
    static final String TEAM_RULE = "must be 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit";

    private Names() {
    }
}
