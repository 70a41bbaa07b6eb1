package io.lakegate.dataset;

/**
 * A dataset, table or folder was created or its metadata changed, or it was removed ({@code removed}); published
 * inside the transaction that made the change. Removing a dataset removes its tables and folders too: each gets
 * an event of its own.
 */
public record DataAssetChanged(AssetType type, String uri, boolean removed) {

    public static DataAssetChanged changed(AssetType type, String uri) {
        return new DataAssetChanged(type, uri, false);
    }

    public static DataAssetChanged removed(AssetType type, String uri) {
        return new DataAssetChanged(type, uri, true);
    }
}
