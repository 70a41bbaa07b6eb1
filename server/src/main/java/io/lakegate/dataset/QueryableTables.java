package io.lakegate.dataset;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The dataset module's API for queries over tables (worksheets). */
public interface QueryableTables {

    /** The tables of the datasets that their files still back (not Deleted), by dataset and name. */
    List<QueryableTable> ofDatasets(Collection<String> datasetUris);

    /** The table, unless it is Deleted. */
    Optional<QueryableTable> find(String tableUri);
}
