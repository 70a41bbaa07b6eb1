package io.lakegate.dataset.internal;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.lakegate.access.DataFilter;
import io.lakegate.access.DataFilters;
import io.lakegate.access.TableDataFilter;
import io.lakegate.dataset.internal.TableApi.CreateDataFilter;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.query.QueryFailedException;
import io.lakegate.query.QueryRefusedException;
import io.lakegate.query.QuerySandboxes;
import io.lakegate.query.SandboxTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data filters of tables (data.all 2.7): a dataset's owners and stewards define them, approvers attach one to a
 * shared table, and every read through that grant sees only its columns and rows. They are metadata, for every
 * signed-in user: requesters choose among them. A filter that a grant uses cannot be deleted.
 */
@Service
class DataFilterService {

    private final TableService tables;
    private final DatasetService datasets;
    private final DataFilters filters;
    private final JobRepository jobs;
    private final QuerySandboxes sandboxes;

    DataFilterService(TableService tables, DatasetService datasets, DataFilters filters, JobRepository jobs,
            QuerySandboxes sandboxes) {
        this.tables = tables;
        this.datasets = datasets;
        this.filters = filters;
        this.jobs = jobs;
        this.sandboxes = sandboxes;
    }

    /** A new filter, whose row expression is checked on the table's files first. */
    TableDataFilter create(Principal principal, String tableUri, CreateDataFilter request) {
        DatasetTable table = tables.require(tableUri);
        Dataset dataset = datasets.requireManager(principal, table.datasetUri(), "CREATE_TABLE_DATA_FILTER");
        TableService.requireInSync(table);
        String name = request.name().strip();
        if (name.isEmpty()) {
            throw ApiProblem.invalid("name", "name must not be blank");
        }
        List<String> columns = request.columns() == null ? List.of() : request.columns();
        requireColumnsOf(table, columns);
        String rowExpression = request.rowExpression() == null || request.rowExpression().isBlank()
                ? null : request.rowExpression().strip();
        if (rowExpression != null) {
            checkRowExpression(dataset, table, new DataFilter(name, columns, rowExpression));
        }
        return filters.create(dataset.uri(), tableUri, name, request.description(), columns, rowExpression,
                        principal.name())
                .orElseThrow(() -> ApiProblem.conflict("Table %s already has a data filter named '%s'"
                        .formatted(table.name(), name)));
    }

    List<TableDataFilter> list(String tableUri) {
        tables.require(tableUri);
        return filters.ofTable(tableUri);
    }

    TableDataFilter get(String uri) {
        return filters.find(uri).orElseThrow(() -> ApiProblem.notFound("Data filter", uri));
    }

    /** Deletes the filter and the profiling runs made through it, unless a grant uses it. */
    @Transactional
    void delete(Principal principal, String uri) {
        TableDataFilter filter = get(uri);
        datasets.requireManager(principal, filter.datasetUri(), "DELETE_TABLE_DATA_FILTER");
        filters.delete(uri);
        jobs.deleteProfilingRuns(uri);
    }

    private static void requireColumnsOf(DatasetTable table, List<String> columns) {
        Set<String> known = table.columns().stream().map(DatasetTable.Column::name).collect(Collectors.toSet());
        List<String> unknown = columns.stream().filter(Predicate.not(known::contains)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid("columns", "Table %s has no column %s".formatted(table.name(),
                    String.join(", ", unknown)));
        }
        List<String> repeated = columns.stream().filter(column -> Collections.frequency(columns, column) > 1)
                .distinct().toList();
        if (!repeated.isEmpty()) {
            throw ApiProblem.invalid("columns", "columns names %s more than once".formatted(String.join(", ", repeated)));
        }
    }

    private void checkRowExpression(Dataset dataset, DatasetTable table, DataFilter filter) {
        try {
            sandboxes.checkRowExpression(new SandboxTable(dataset.schemaName(), table.name(),
                    table.source(dataset.storageLocation()), filter));
        }
        catch (QueryRefusedException | QueryFailedException e) {
            throw ApiProblem.invalid("rowExpression", e.getMessage());
        }
    }
}
