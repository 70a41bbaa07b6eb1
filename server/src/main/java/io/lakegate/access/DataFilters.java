package io.lakegate.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.lakegate.access.internal.DataFilterRepository;
import io.lakegate.access.internal.DataFilterRepository.FilterUse;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.ShortUris;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the data filters of tables, which {@link Grants} attach to table grants. Who may define a filter, and
 * whether it fits its table, is for the module that knows tables to decide before calling here. A filter that a grant
 * reads through cannot be deleted.
 */
@Service
public class DataFilters {

    private final DataFilterRepository filters;

    DataFilters(DataFilterRepository filters) {
        this.filters = filters;
    }

    /**
     * Stores a new filter of the table.
     *
     * @param columns       the columns it shows, all when empty
     * @param rowExpression the predicate of the rows it shows, or null for all rows
     * @return the filter, or empty when the table has a filter of that name already (names are compared ignoring case)
     */
    public Optional<TableDataFilter> create(String datasetUri, String tableUri, String name, String description,
            List<String> columns, String rowExpression, String createdBy) {
        TableDataFilter filter = new TableDataFilter(ShortUris.next(), datasetUri, tableUri, name, description, columns,
                rowExpression, createdBy, null);
        return filters.insert(filter) ? filters.findTableFilter(filter.uri()) : Optional.empty();
    }

    public Optional<TableDataFilter> find(String uri) {
        return filters.findTableFilter(uri);
    }

    /** Those of the filters that exist, by uri. */
    public Map<String, TableDataFilter> findAll(Collection<String> uris) {
        return uris.isEmpty() ? Map.of() : filters.findTableFilters(uris).stream()
                .collect(Collectors.toMap(TableDataFilter::uri, Function.identity()));
    }

    /** The table's filters, by name. */
    public List<TableDataFilter> ofTable(String tableUri) {
        return filters.ofTable(tableUri);
    }

    /**
     * The stored filter that a read of the table goes through, as {@link DataAccess#requireTableRead} allowed it; empty
     * when the read is unfiltered.
     */
    public Optional<TableDataFilter> findApplied(ReadAccess read, String tableUri) {
        // a read's filter is one of the table's (Grants checks that), and its name is unique in the table
        return read.filter().map(filter -> filters.findTableFilterByName(tableUri, filter.name()).orElseThrow());
    }

    /** Whether a grant reads through the filter. */
    public boolean inUse(String filterUri) {
        return !filters.uses(List.of(filterUri)).isEmpty();
    }

    /**
     * Deletes the filter, if there is one.
     *
     * @throws ApiProblem 409 when a grant reads through it
     */
    @Transactional
    public void delete(String uri) {
        deleteUnused(filters.lock(uri));
    }

    /**
     * Deletes the table's filters, as the table goes.
     *
     * @throws ApiProblem 409 when a grant reads through one of them
     */
    @Transactional
    public void deleteOfTable(String tableUri) {
        deleteUnused(filters.lockOfTable(tableUri));
    }

    /**
     * Deletes the filters of the dataset's tables, as the dataset goes.
     *
     * @throws ApiProblem 409 when a grant reads through one of them
     */
    @Transactional
    public void deleteInDataset(String datasetUri) {
        deleteUnused(filters.lockInDataset(datasetUri));
    }

    private void deleteUnused(List<String> uris) {
        List<FilterUse> uses = filters.uses(uris);
        if (!uses.isEmpty()) {
            throw ApiProblem.conflict(uses.stream()
                    .map(use -> ("Data filter '%s' (%s) is used by %d grant%s: revoke the share items that read through"
                            + " it before deleting it.").formatted(use.name(), use.uri(), use.grants(),
                            use.grants() == 1 ? "" : "s"))
                    .collect(Collectors.joining(" ")));
        }
        filters.delete(uris);
    }
}
