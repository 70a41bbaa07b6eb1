package io.lakegate.worksheet.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.lakegate.access.DataFilter;
import io.lakegate.access.DataFilters;
import io.lakegate.access.Grant;
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
        Set<String> owned = Set.copyOf(datasets.managedBy(Set.of(team)));
        List<Grant> granted = grants.grantedTo(Set.of(Grantee.team(team)));
        Set<String> datasetsRead = new HashSet<>(owned);
        List<Grant> tableGrants = new ArrayList<>();
        for (Grant grant : granted) {
            switch (grant.target().type()) {
                case DATASET -> datasetsRead.add(grant.datasetUri());
                case TABLE -> tableGrants.add(grant);
                case FOLDER -> {
                    // folders are files, not tables: worksheets do not query them
                }
            }
        }
        Map<String, ReadableTable> readable = new LinkedHashMap<>();
        tables.ofDatasets(datasetsRead).forEach(table -> readable.put(table.uri(),
                new ReadableTable(table, owned.contains(table.datasetUri()), null)));
        Map<String, QueryableTable> grantedTables = tables.findAll(tableGrants.stream()
                        .map(grant -> grant.target().uri()).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(QueryableTable::uri, Function.identity()));
        Map<String, TableDataFilter> grantFilters = filters.findAll(tableGrants.stream().map(Grant::filterUri)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        for (Grant grant : tableGrants) {
            QueryableTable table = grantedTables.get(grant.target().uri());
            if (table != null) {
                DataFilter filter = grant.filterUri() == null ? null
                        : Optional.ofNullable(grantFilters.get(grant.filterUri())).map(TableDataFilter::filter)
                                .orElseThrow();
                readable.merge(table.uri(), new ReadableTable(table, false, filter), ReadableTables::wider);
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
