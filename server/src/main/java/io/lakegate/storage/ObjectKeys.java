package io.lakegate.storage;

/** The rules every key and prefix obeys, whatever the store. */
public final class ObjectKeys {

    public static final int MAX_LENGTH = 1024;

    private ObjectKeys() {
    }

    /** An object's key: relative, non-empty segments, no {@code .} or {@code ..}, no backslash or NUL. */
    public static String key(String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidObjectKeyException("A key must not be empty");
        }
        if (key.endsWith("/")) {
            throw new InvalidObjectKeyException("A key must not end with '/': '%s'".formatted(printable(key)));
        }
        check(key);
        return key;
    }

    /** A listing prefix: empty (everything), or a key's beginning, which may end with {@code /}. */
    public static String prefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        check(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        return prefix;
    }

    private static void check(String path) {
        if (path.length() > MAX_LENGTH) {
            throw new InvalidObjectKeyException("A key must be at most %d characters long".formatted(MAX_LENGTH));
        }
        if (path.indexOf('\0') >= 0) {
            throw new InvalidObjectKeyException("A key must not contain NUL bytes: '%s'".formatted(printable(path)));
        }
        if (path.indexOf('\\') >= 0) {
            throw new InvalidObjectKeyException("A key must use '/', not '\\\\': '%s'".formatted(printable(path)));
        }
        if (path.startsWith("/")) {
            throw new InvalidObjectKeyException("A key must be relative, not '%s'".formatted(printable(path)));
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new InvalidObjectKeyException("A key must not have empty, '.' or '..' parts: '%s'"
                        .formatted(printable(path)));
            }
        }
    }

    private static String printable(String path) {
        return path.replace("\0", "\\0");
    }
}
