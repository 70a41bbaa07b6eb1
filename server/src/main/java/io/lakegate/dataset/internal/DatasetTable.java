package io.lakegate.dataset.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.lakegate.access.TableColumn;
import io.lakegate.access.TableFormat;
import io.lakegate.access.TableSource;

/**
 * A table of a dataset: a directory of data files with the schema the crawler found.
 *
 * @param location    the directory's key prefix inside the dataset, e.g. {@code raw/sales}
 * @param needsCrawl  set by a sync that found the files changed since the last crawl
 */
record DatasetTable(String uri, String datasetUri, String name, String location, String description,
        List<String> tags, TableFormat format, Map<String, String> readerOptions, List<Column> columns,
        Status status, boolean needsCrawl, Statistics statistics, Instant createdAt, Instant updatedAt,
        Instant syncedAt) {

    enum Status {
        @JsonProperty("InSync") IN_SYNC,
        @JsonProperty("Deleted") DELETED
    }

    record Column(String name, String type, boolean partition, String description) {
    }

    /** What the files held at the last crawl; {@code recordCount} only where it is cheap to know. */
    record Statistics(long objectCount, long totalBytes, Long recordCount, String fingerprint) {
    }

    /** How the engine reads the table, with the dataset's storage location. */
    TableSource source(Path datasetLocation) {
        return new TableSource(datasetLocation.resolve(location).toString(), format, readerOptions,
                columns.stream().map(column -> new TableColumn(column.name(), column.type(), column.partition())).toList());
    }
}
