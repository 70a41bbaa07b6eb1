package io.lakegate.catalog.internal.index;

/** The kinds of catalog assets. */
public enum AssetType {
    DATASET, TABLE, FOLDER
}
