package io.lakegate.dataset;

import java.util.Collection;
import java.util.List;

/** The dataset module's API for queries over tables (worksheets). */
public interface QueryableTables {

    /** The tables of the datasets that their files still back (not Deleted), by dataset and name. */
    List<QueryableTable> ofDatasets(Collection<String> datasetUris);

    /** Those of the tables that are not Deleted, by uri. */
    List<QueryableTable> findAll(Collection<String> tableUris);
}
