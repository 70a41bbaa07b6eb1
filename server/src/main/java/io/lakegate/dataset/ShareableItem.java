package io.lakegate.dataset;

/**
 * A part of a dataset that can be shared: the dataset itself, one of its tables, or one of its folders.
 *
 * @param prefix for a folder, its key prefix inside the dataset; else null
 */
public record ShareableItem(AssetType type, String uri, String datasetUri, String name, String prefix) {
}
