package io.lakegate.dataset.internal;

import java.net.URI;
import java.util.List;

import io.lakegate.access.TableDataFilter;
import io.lakegate.dataset.internal.TableApi.ColumnDescriptions;
import io.lakegate.dataset.internal.TableApi.CreateDataFilter;
import io.lakegate.dataset.internal.TableApi.TableView;
import io.lakegate.dataset.internal.TableApi.UpdateTable;
import io.lakegate.identity.Principal;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tables")
@RestController
class TableController {

    private final TableService tables;
    private final ProfilingService profiling;
    private final DataFilterService filters;

    TableController(TableService tables, ProfilingService profiling, DataFilterService filters) {
        this.tables = tables;
        this.profiling = profiling;
        this.filters = filters;
    }

    @GetMapping("/api/v1/datasets/{datasetUri}/tables")
    List<TableView> list(Principal caller, @PathVariable String datasetUri) {
        return tables.list(caller, datasetUri);
    }

    @GetMapping("/api/v1/tables/{uri}")
    TableView get(Principal caller, @PathVariable String uri) {
        return tables.get(caller, uri);
    }

    @PatchMapping("/api/v1/tables/{uri}")
    TableView update(Principal caller, @PathVariable String uri, @Valid @RequestBody UpdateTable request) {
        return tables.update(caller, uri, request);
    }

    /** Sets column descriptions by column name; they survive re-crawls. */
    @PatchMapping("/api/v1/tables/{uri}/columns")
    TableView describeColumns(Principal caller, @PathVariable String uri, @Valid @RequestBody ColumnDescriptions request) {
        return tables.describeColumns(caller, uri, request.descriptions());
    }

    /** Removes the table from the catalog; its files stay. */
    @DeleteMapping("/api/v1/tables/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Principal caller, @PathVariable String uri) {
        tables.delete(caller, uri);
    }

    /** The first rows (default 50, at most 1,000), typed. */
    @GetMapping("/api/v1/tables/{uri}/preview")
    TableService.Preview preview(Principal caller, @PathVariable String uri, @RequestParam(required = false) Integer limit) {
        return tables.preview(caller, uri, limit);
    }

    @PostMapping("/api/v1/tables/{uri}/profiling-runs")
    ResponseEntity<Job> profile(Principal caller, @PathVariable String uri) {
        Job run = profiling.start(caller, uri);
        return ResponseEntity.accepted().location(URI.create("/api/v1/tables/%s/profiling-runs/%s".formatted(uri, run.uri())))
                .body(run);
    }

    @GetMapping("/api/v1/tables/{uri}/profiling-runs")
    Page<Job> profilingRuns(Principal caller, @PathVariable String uri, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return profiling.list(caller, uri, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/tables/{uri}/profiling-runs/{runUri}")
    Job profilingRun(Principal caller, @PathVariable String uri, @PathVariable String runUri) {
        return profiling.get(caller, uri, runUri);
    }

    /** A named filter (some columns, the rows a condition keeps) that approvers attach to grants of the table. */
    @PostMapping("/api/v1/tables/{uri}/data-filters")
    ResponseEntity<TableDataFilter> createDataFilter(Principal caller, @PathVariable String uri,
            @Valid @RequestBody CreateDataFilter request) {
        TableDataFilter filter = filters.create(caller, uri, request);
        return ResponseEntity.created(URI.create("/api/v1/data-filters/" + filter.uri())).body(filter);
    }

    @GetMapping("/api/v1/tables/{uri}/data-filters")
    List<TableDataFilter> dataFilters(@PathVariable String uri) {
        return filters.list(uri);
    }

    @GetMapping("/api/v1/data-filters/{uri}")
    TableDataFilter dataFilter(@PathVariable String uri) {
        return filters.get(uri);
    }

    /** Refused while a grant reads through the filter. */
    @DeleteMapping("/api/v1/data-filters/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteDataFilter(Principal caller, @PathVariable String uri) {
        filters.delete(caller, uri);
    }
}
