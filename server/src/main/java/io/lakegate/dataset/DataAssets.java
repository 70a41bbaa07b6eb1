package io.lakegate.dataset;

import java.util.Optional;
import java.util.function.Consumer;

/** The dataset module's API for modules that describe, index or discuss data assets (catalog, glossaries, chat). */
public interface DataAssets {

    Optional<DataAsset> find(AssetType type, String uri);

    /** Every asset: the datasets, then the tables, then the folders; for rebuilding indexes. */
    void forEach(Consumer<DataAsset> action);
}
