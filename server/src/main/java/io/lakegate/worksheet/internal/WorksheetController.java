package io.lakegate.worksheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import io.lakegate.identity.Principal;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.worksheet.internal.WorksheetApi.CreateWorksheet;
import io.lakegate.worksheet.internal.WorksheetApi.QueryView;
import io.lakegate.worksheet.internal.WorksheetApi.ResultPage;
import io.lakegate.worksheet.internal.WorksheetApi.RunQuery;
import io.lakegate.worksheet.internal.WorksheetApi.SchemaTree;
import io.lakegate.worksheet.internal.WorksheetApi.UpdateWorksheet;
import io.lakegate.worksheet.internal.WorksheetApi.WorksheetView;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@Tag(name = "Worksheets")
@RestController
class WorksheetController {

    private final WorksheetService worksheets;
    private final QueryService queries;

    WorksheetController(WorksheetService worksheets, QueryService queries) {
        this.worksheets = worksheets;
        this.queries = queries;
    }

    @PostMapping("/api/v1/worksheets")
    ResponseEntity<WorksheetView> create(Principal caller, @Valid @RequestBody CreateWorksheet request) {
        WorksheetView worksheet = worksheets.create(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/worksheets/" + worksheet.uri())).body(worksheet);
    }

    /** The worksheets of the caller's teams. */
    @GetMapping("/api/v1/worksheets")
    Page<WorksheetView> list(Principal caller, @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return worksheets.list(caller, term, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/worksheets/{uri}")
    WorksheetView get(Principal caller, @PathVariable String uri) {
        return worksheets.get(caller, uri);
    }

    @PatchMapping("/api/v1/worksheets/{uri}")
    WorksheetView update(Principal caller, @PathVariable String uri, @Valid @RequestBody UpdateWorksheet request) {
        return worksheets.update(caller, uri, request);
    }

    @DeleteMapping("/api/v1/worksheets/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Principal caller, @PathVariable String uri) {
        worksheets.delete(caller, uri);
    }

    /** The environments, schemas, tables and columns the worksheet's team may query. */
    @GetMapping("/api/v1/worksheets/{uri}/schema")
    SchemaTree schema(Principal caller, @PathVariable String uri) {
        return worksheets.schema(caller, uri);
    }

    /**
     * Runs SQL as the worksheet's team. The answer comes once the query finished, with its first rows (200), or with
     * {@code wait=false} at once, the query queued or running (202).
     */
    @PostMapping("/api/v1/worksheets/{uri}/queries")
    ResponseEntity<QueryView> run(Principal caller, @PathVariable String uri, @Valid @RequestBody RunQuery request,
            @RequestParam(defaultValue = "true") boolean wait) {
        QueryView query = queries.run(caller, uri, request.sql(), wait);
        return ResponseEntity.status(query.finishedAt() == null ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .location(URI.create("/api/v1/queries/" + query.uri())).body(query);
    }

    @GetMapping("/api/v1/worksheets/{uri}/queries")
    Page<QueryView> worksheetHistory(Principal caller, @PathVariable String uri,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.history(caller, worksheets.get(caller, uri).ownerTeam(), uri, PageRequest.of(page, size));
    }

    /** A team's queries, newest first: SQL, user, start, duration, rows, status and error. */
    @GetMapping("/api/v1/query-history")
    Page<QueryView> history(Principal caller, @RequestParam String team, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.history(caller, team, null, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/queries/{uri}")
    QueryView query(Principal caller, @PathVariable String uri) {
        return queries.get(caller, uri);
    }

    /** Cancels a queued or running query. */
    @DeleteMapping("/api/v1/queries/{uri}")
    QueryView cancel(Principal caller, @PathVariable String uri) {
        return queries.cancel(caller, uri);
    }

    @GetMapping("/api/v1/queries/{uri}/results")
    ResultPage results(Principal caller, @PathVariable String uri, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.results(caller, uri, PageRequest.of(page, size));
    }

    /** The whole result, streamed, as CSV (with a header line) or Parquet. */
    @GetMapping("/api/v1/queries/{uri}/download")
    ResponseEntity<StreamingResponseBody> download(Principal caller, @PathVariable String uri,
            @RequestParam(defaultValue = "csv") String format) throws IOException {
        Path file = queries.download(caller, uri, format);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentLength(Files.size(file));
        headers.setContentType(format.equals("csv") ? new MediaType("text", "csv") : MediaType.APPLICATION_OCTET_STREAM);
        headers.setContentDisposition(ContentDisposition.attachment().filename("query-%s.%s".formatted(uri, format)).build());
        return new ResponseEntity<>(out -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            }
        }, headers, HttpStatus.OK);
    }
}
