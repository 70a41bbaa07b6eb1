package io.lakegate.dataset.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.lakegate.access.AccessLevel;
import io.lakegate.access.TableFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/** Request and response bodies of the table API. */
final class TableApi {

    private TableApi() {
    }

    record UpdateTable(@Size(max = 2000) String description, @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags) {
    }

    /**
     * A new data filter of a table.
     *
     * @param columns       the columns it shows, by name; all when missing or empty
     * @param rowExpression a SQL condition on the table's columns that the rows it shows meet; all rows when missing
     */
    record CreateDataFilter(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
            @Size(max = 1000) List<@NotNull String> columns, @Size(max = 4000) String rowExpression) {
    }

    record ColumnDescriptions(@NotNull @Size(min = 1, max = 2000) Map<@NotBlank String, @Size(max = 2000) String> descriptions) {
    }

    /**
     * A table as the caller sees it: its metadata is for every signed-in user, its storage path and latest
     * profile for those who may read it.
     *
     * @param location        the table's directory inside the dataset
     * @param storageLocation the directory on the server, for readers
     */
    record TableView(String uri, String datasetUri, String name, String schemaName, String qualifiedName,
            String location, String storageLocation, String description, List<String> tags, TableFormat format,
            List<DatasetTable.Column> columns, DatasetTable.Statistics statistics, DatasetTable.Status status,
            boolean needsCrawl, Instant createdAt, Instant updatedAt, Instant syncedAt, JsonNode latestProfile,
            AccessLevel userRole) {
    }
}
