package io.lakegate.dataset;

import java.util.Arrays;
import java.util.Optional;

/** The data assets of a dataset that the catalog shows: the dataset itself, its tables and its folders. */
public enum AssetType {
    DATASET("Dataset", "datasets"), TABLE("Table", "tables"), FOLDER("Folder", "folders");

    private final String label;
    private final String collection;

    AssetType(String label, String collection) {
        this.label = label;
        this.collection = collection;
    }

    /** The type as messages name it: {@code Dataset}, {@code Table}, {@code Folder}. */
    public String label() {
        return label;
    }

    /** The name of the assets of this type in API paths: {@code datasets}, {@code tables}, {@code folders}. */
    public String collection() {
        return collection;
    }

    public static Optional<AssetType> ofCollection(String collection) {
        return Arrays.stream(values()).filter(type -> type.collection.equals(collection)).findFirst();
    }
}
