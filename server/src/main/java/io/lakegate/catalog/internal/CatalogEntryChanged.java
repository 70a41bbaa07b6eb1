package io.lakegate.catalog.internal;

import io.lakegate.dataset.AssetType;

/** Something the catalog shows of an asset changed outside the dataset module: its approved terms or votes. */
record CatalogEntryChanged(AssetType type, String uri) {
}
