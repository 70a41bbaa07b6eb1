package io.lakegate.dataset;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The dataset module's API for share requests. */
public interface ShareableDatasets {

    Optional<ShareableDataset> find(String datasetUri);

    /** The environment's dataset of that name, compared without case. */
    Optional<ShareableDataset> findByName(String environmentUri, String name);

    /** The dataset, a table or a folder, by type and uri. */
    Optional<ShareableItem> findItem(AssetType type, String uri);

    /** The uris of the datasets that any of the teams owns or stewards. */
    List<String> managedBy(Collection<String> teams);

    /** What can be requested of the dataset: the dataset itself, then its tables and folders by name. */
    List<ShareableItem> items(String datasetUri);
}
