package io.lakegate.access;

import java.util.Objects;

/**
 * What a grant lets its grantee read: a table's rows, the objects under a folder's prefix, or a whole dataset
 * (every table and object).
 *
 * @param prefix for a folder, its key prefix inside the dataset (no leading or trailing slash); else null
 */
public record GrantTarget(Type type, String uri, String prefix) {

    public enum Type { DATASET, TABLE, FOLDER }

    public GrantTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(uri, "uri");
        if ((type == Type.FOLDER) != (prefix != null)) {
            throw new IllegalArgumentException("a folder target, and only a folder target, has a prefix");
        }
    }

    public static GrantTarget dataset(String uri) {
        return new GrantTarget(Type.DATASET, uri, null);
    }

    public static GrantTarget table(String uri) {
        return new GrantTarget(Type.TABLE, uri, null);
    }

    public static GrantTarget folder(String uri, String prefix) {
        return new GrantTarget(Type.FOLDER, uri, prefix);
    }

    /** Whether the grant covers the object with that key (relative to the dataset's root). */
    boolean coversObject(String key) {
        return switch (type) {
            case DATASET -> true;
            case TABLE -> false;
            case FOLDER -> key.equals(prefix) || key.startsWith(prefix + "/");
        };
    }

    boolean coversTable(String tableUri) {
        return type == Type.DATASET || (type == Type.TABLE && uri.equals(tableUri));
    }

    /**
     * Whether the grant lets its grantee read some of an asset of the dataset: of the dataset itself, any grant does;
     * of a table or a folder, one on it or on the whole dataset.
     */
    boolean readsSomeOf(Type assetType, String assetUri) {
        return switch (assetType) {
            case DATASET -> true;
            case TABLE -> coversTable(assetUri);
            case FOLDER -> type == Type.DATASET || (type == Type.FOLDER && uri.equals(assetUri));
        };
    }
}
