package io.lakegate.worksheet.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.access.DataFilter;
import io.lakegate.access.DataFilters;
import io.lakegate.access.Grant;
import io.lakegate.access.GrantTarget;
import io.lakegate.access.Grantee;
import io.lakegate.access.Grants;
import io.lakegate.access.TableDataFilter;
import io.lakegate.dataset.QueryableTable;
import io.lakegate.dataset.QueryableTables;
import io.lakegate.dataset.ShareableDatasets;
import io.lakegate.query.SandboxTable;
import org.springframework.stereotype.Component;

/**
 * The tables a team may query (ARCHITECTURE §5): those of the datasets it owns or stewards, and those that grants
 * give it, through their data filters (a whole dataset's grant gives all its tables unfiltered). Worked out anew for
 * every query, so a revoked grant is gone from the next one.
 */
@Component
class ReadableTables {

    private final ShareableDatasets datasets;
    private final QueryableTables tables;
    private final Grants grants;
    private final DataFilters filters;

    ReadableTables(ShareableDatasets datasets, QueryableTables tables, Grants grants, DataFilters filters) {
        this.datasets = datasets;
        this.tables = tables;
        this.grants = grants;
        this.filters = filters;
    }

    /** A table the team may read, and how: its own (no filter), or shared, perhaps through a filter. */
    record ReadableTable(QueryableTable table, boolean owned, DataFilter filter) {

        SandboxTable sandboxTable() {
            return new SandboxTable(table.schema(), table.name(), table.source(), filter);
        }

        /** The columns the team sees: the filter's, when it names some. */
        List<QueryableTable.Column> columns() {
            if (filter == null || filter.columns().isEmpty()) {
                return table.columns();
            }
            return table.columns().stream().filter(column -> filter.columns().contains(column.name())).toList();
        }
    }

    /** By schema and name; a table both owned and shared, or shared twice, shows once, through the widest way. */
    List<ReadableTable> of(String team) {
        Map<String, ReadableTable> readable = new LinkedHashMap<>();
        tables.ofDatasets(datasets.managedBy(Set.of(team)))
                .forEach(table -> readable.put(table.uri(), new ReadableTable(table, true, null)));
        List<Grant> granted = grants.grantedTo(Set.of(Grantee.team(team)));
        tables.ofDatasets(granted.stream().filter(grant -> grant.target().type() == GrantTarget.Type.DATASET)
                        .map(Grant::datasetUri).toList())
                .forEach(table -> readable.putIfAbsent(table.uri(), new ReadableTable(table, false, null)));
        for (Grant grant : granted) {
            if (grant.target().type() == GrantTarget.Type.TABLE) {
                DataFilter filter = grant.filterUri() == null ? null
                        : filters.find(grant.filterUri()).map(TableDataFilter::filter).orElseThrow();
                tables.find(grant.target().uri()).ifPresent(table -> readable.merge(table.uri(),
                        new ReadableTable(table, false, filter), ReadableTables::wider));
            }
        }
        return readable.values().stream()
                .sorted(Comparator.comparing((ReadableTable table) -> table.table().schema())
                        .thenComparing(table -> table.table().name()))
                .toList();
    }

    private static ReadableTable wider(ReadableTable one, ReadableTable other) {
        return one.filter() == null ? one : other;
    }
}
