package io.lakegate.dataset;

/** The data assets of a dataset that the catalog shows: the dataset itself, its tables and its folders. */
public enum AssetType {
    DATASET, TABLE, FOLDER
}
