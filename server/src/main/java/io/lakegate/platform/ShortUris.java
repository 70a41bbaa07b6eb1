package io.lakegate.platform;

import java.security.SecureRandom;

/** Opaque short identifiers: 8 lowercase alphanumerics, like data.all's URIs. */
public final class ShortUris {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String PATTERN = "^[a-z0-9]{8}$";

    private ShortUris() {
    }

    public static String next() {
        char[] uri = new char[8];
        uri[0] = ALPHABET[RANDOM.nextInt(26)];
        for (int i = 1; i < uri.length; i++) {
            uri[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(uri);
    }
}
