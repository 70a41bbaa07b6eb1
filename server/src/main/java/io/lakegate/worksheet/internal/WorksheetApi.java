package io.lakegate.worksheet.internal;

import java.time.Instant;
import java.util.List;

import io.lakegate.query.ResultColumn;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The worksheets' API: what callers send and what they get back. */
final class WorksheetApi {

    static final int MAX_SQL = 100_000;

    private WorksheetApi() {
    }

    record CreateWorksheet(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
            @NotBlank String ownerTeam, @NotBlank String environmentUri,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags, @Size(max = MAX_SQL) String sql) {
    }

    /** The editable fields; null leaves a field as it is. The owner team and environment are fixed. */
    record UpdateWorksheet(@Size(min = 1, max = 100) String name, @Size(max = 2000) String description,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags, @Size(max = MAX_SQL) String sql) {
    }

    record WorksheetView(String uri, String name, String description, String ownerTeam, String environmentUri,
            List<String> tags, String sql, String createdBy, Instant createdAt, Instant updatedAt) {

        static WorksheetView of(Worksheet worksheet) {
            return new WorksheetView(worksheet.uri(), worksheet.name(), worksheet.description(), worksheet.ownerTeam(),
                    worksheet.environmentUri(), worksheet.tags(), worksheet.sql(), worksheet.createdBy(),
                    worksheet.createdAt(), worksheet.updatedAt());
        }
    }

    /** What the worksheet's team may query: environments, then schemas (datasets), tables and their columns. */
    record SchemaTree(String team, List<EnvironmentNode> environments) {
    }

    record EnvironmentNode(String uri, String name, List<SchemaNode> schemas) {
    }

    /** @param shared true for a dataset the team reads through shares, false for its own */
    record SchemaNode(String name, String datasetUri, String datasetName, boolean shared, List<TableNode> tables) {
    }

    /** @param dataFilter the name of the data filter the team reads the table through, if any */
    record TableNode(String uri, String name, String qualifiedName, String description, String dataFilter,
            List<ColumnNode> columns) {
    }

    record ColumnNode(String name, String type, String description, boolean partition) {
    }

    record RunQuery(@NotBlank @Size(max = MAX_SQL) String sql) {
    }

    enum QueryStatus { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, TIMED_OUT }

    /**
     * A query run: its state, and once it succeeded its columns, row count and first rows.
     *
     * @param resultsKept whether the whole result can still be paged and downloaded
     */
    record QueryView(String uri, String worksheetUri, String team, String username, String sql, QueryStatus status,
            String error, List<ResultColumn> columns, Long rowCount, List<List<Object>> rows, boolean resultsKept,
            Instant createdAt, Instant startedAt, Instant finishedAt, Long durationMillis) {
    }

    /** A page of a query's result. */
    record ResultPage(List<ResultColumn> columns, List<List<Object>> rows, int page, int size, long total) {
    }
}
