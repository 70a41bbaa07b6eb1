package io.lakegate.dataset.internal;

import io.lakegate.platform.ApiProblem;
import io.lakegate.storage.InvalidObjectKeyException;
import io.lakegate.storage.ObjectKeys;

/** Keys and prefixes from requests, checked by the storage rules; a bad one is a 400 naming the field. */
final class DatasetKeys {

    private DatasetKeys() {
    }

    /** A prefix: "" for the whole dataset, else a relative path without a trailing '/'. */
    static String prefix(String field, String prefix) {
        String trimmed = prefix == null ? "" : prefix.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            return ObjectKeys.prefix(trimmed);
        }
        catch (InvalidObjectKeyException e) {
            throw ApiProblem.invalid(field, e.getMessage());
        }
    }

    static String key(String field, String key) {
        try {
            return ObjectKeys.key(key);
        }
        catch (InvalidObjectKeyException e) {
            throw ApiProblem.invalid(field, e.getMessage());
        }
    }

    /** {@code name} under {@code prefix}; either may be empty. */
    static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : name.isEmpty() ? prefix : prefix + "/" + name;
    }
}
