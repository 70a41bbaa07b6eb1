package io.lakegate.dataset;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The dataset module's API for modules that describe, index or discuss data assets (catalog, glossaries, chat). */
public interface DataAssets {

    Optional<DataAsset> find(AssetType type, String uri);

    /**
     * Every asset, in non-empty batches of at most {@code size}, each of one type: the datasets, then the tables,
     * then the folders; for rebuilding indexes, in memory bounded by the batch whatever the number of assets.
     */
    void forEachBatch(int size, Consumer<List<DataAsset>> action);
}
