package io.lakegate.worksheet.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.lakegate.environment.EnvironmentPermission;
import io.lakegate.environment.Environments;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.ShortUris;
import io.lakegate.query.KeptSandbox;
import io.lakegate.query.QueryFailedException;
import io.lakegate.query.QueryRefusedException;
import io.lakegate.query.QueryResult;
import io.lakegate.query.QueryStoppedException;
import io.lakegate.query.StoredResult;
import io.lakegate.query.StoredResults;
import io.lakegate.query.WarmSandboxes;
import io.lakegate.worksheet.internal.WorksheetApi.QueryStatus;
import io.lakegate.worksheet.internal.WorksheetApi.QueryView;
import io.lakegate.worksheet.internal.WorksheetApi.ResultPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs worksheet SQL as the worksheet's team (guide 5.1): each run takes a sandbox over the tables the team may read
 * now (kept warm from the team's last query over the same tables, see {@link WarmSandboxes}) and stores the whole
 * result, streamed, as a Parquet file that the team's members page through and download for
 * {@code lakegate.worksheets.result-retention}. At most {@code team-concurrency} runs of a team go at once, and at most
 * {@code max-running} of all teams' ({@link RunTurns}); the others wait their turn, queued. Runs are stopped by the statement time limit or cancelled by a member of the team.
 *
 * <p>The runs going on are known to this process only: a cancel reaches a run on the node that runs it.
 */
@Service
class QueryService {

    private static final Logger log = LoggerFactory.getLogger(QueryService.class);
    private static final Set<QueryStatus> UNFINISHED = Set.of(QueryStatus.QUEUED, QueryStatus.RUNNING);

    private final WorksheetService worksheets;
    private final QueryRepository queries;
    private final ReadableTables readable;
    private final WarmSandboxes sandboxes;
    private final StoredResults results;
    private final Environments environments;
    private final Authorizer authorizer;
    private final LakegateProperties.Worksheets settings;
    private final Duration waitAtMost;
    /**
     * Platform threads for runs, kept for the next: the engine works in native code, which would pin a virtual
     * thread's carrier for the whole statement and, with a few long queries, stall every request of the server.
     */
    private final ExecutorService runners = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("worksheet-query-", 0).daemon().factory());
    private final RunTurns turns;
    private final Map<String, KeptSandbox> running = new ConcurrentHashMap<>();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    /** One lock per result, so that a CSV is written once while other results' downloads go on. */
    private final Map<Path, Object> csvLocks = new ConcurrentHashMap<>();

    QueryService(WorksheetService worksheets, QueryRepository queries, ReadableTables readable, WarmSandboxes sandboxes,
            StoredResults results, Environments environments, Authorizer authorizer, LakegateProperties properties) {
        this.worksheets = worksheets;
        this.queries = queries;
        this.readable = readable;
        this.sandboxes = sandboxes;
        this.results = results;
        this.environments = environments;
        this.authorizer = authorizer;
        this.settings = properties.worksheets();
        this.turns = new RunTurns(settings.teamConcurrency(), settings.maxRunning());
        this.waitAtMost = properties.query().statementTimeout().multipliedBy(2).plusSeconds(5);
    }

    @EventListener(ApplicationReadyEvent.class)
    void failRunsOfAStoppedProcess() {
        int failed = queries.failUnfinished("Lakegate stopped while the query was queued or running; run it again");
        if (failed > 0) {
            log.info("{} worksheet queries were cut short by a stop of Lakegate", failed);
        }
    }

    /**
     * Runs {@code sql} as the worksheet's team; with {@code wait}, answers once it finished (or after twice the
     * statement time limit), else at once.
     */
    QueryView run(Principal principal, String worksheetUri, String sql, boolean wait) {
        Worksheet worksheet = worksheets.requireMember(principal, worksheetUri, "RUN_QUERY");
        environments.requireTeamPermission(principal, worksheet.environmentUri(), worksheet.ownerTeam(),
                EnvironmentPermission.RUN_WORKSHEETS, TenantPermission.MANAGE_WORKSHEETS);
        String uri = ShortUris.next();
        Future<Outcome> execution = submit(uri, worksheet, principal, sql);
        if (wait) {
            try {
                Outcome outcome = execution.get(waitAtMost.toMillis(), TimeUnit.MILLISECONDS);
                if (outcome != null) {
                    return outcome.firstRows() == null ? view(outcome.run()) : view(outcome.run(), outcome.firstRows());
                }
            }
            catch (TimeoutException stillGoing) {
                // the answer says it is still running; the caller asks again later
            }
            catch (ExecutionException e) {
                throw new IllegalStateException("Query " + uri + " failed unexpectedly", e.getCause());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return view(require(uri));
    }

    QueryView get(Principal principal, String uri) {
        return view(requireMember(principal, uri, "GET_QUERY"));
    }

    /** Cancels the run: one queued never starts, one running is stopped. */
    QueryView cancel(Principal principal, String uri) {
        QueryRun run = requireMember(principal, uri, "CANCEL_QUERY");
        if (!UNFINISHED.contains(run.status())) {
            throw ApiProblem.conflict("Query %s is %s; only a queued or running query can be cancelled"
                    .formatted(uri, run.status()));
        }
        if (!queries.cancelQueued(uri)) {
            cancelled.add(uri);
            KeptSandbox sandbox = running.get(uri);
            if (sandbox != null) {
                sandbox.cancel();
            }
            else if (!UNFINISHED.contains(require(uri).status())) {
                cancelled.remove(uri);
            }
        }
        return view(require(uri));
    }

    /** A page of the whole result, while it is kept. */
    ResultPage results(Principal principal, String uri, PageRequest page) {
        QueryRun run = requireKeptResult(principal, uri, "GET_QUERY_RESULTS");
        if (page.size() > settings.maxPageRows()) {
            throw ApiProblem.invalid("size", "size must be at most " + settings.maxPageRows());
        }
        QueryResult rows = results.page(run.resultFile(), page.offset(), page.size());
        return new ResultPage(run.columns(), rows.rows(), page.page(), page.size(), run.rowCount());
    }

    /** The whole result as a file to stream: the Parquet file as stored, or CSV written from it once. */
    Path download(Principal principal, String uri, String format) {
        QueryRun run = requireKeptResult(principal, uri, "DOWNLOAD_QUERY_RESULTS");
        return switch (format) {
            case "parquet" -> run.resultFile();
            case "csv" -> csvOf(run.resultFile());
            default -> throw ApiProblem.invalid("format", "format must be csv or parquet, not '%s'".formatted(format));
        };
    }

    /** The team's runs, newest first, optionally of one worksheet; for its members. */
    Page<QueryView> history(Principal principal, String team, String worksheetUri, PageRequest page) {
        authorizer.requireMember(principal, team, "GET_QUERY_HISTORY", "queries of team " + team);
        return queries.history(team, worksheetUri, page).map(this::summary);
    }

    /** Deletes the results kept longer than the retention; run hourly. */
    void deleteOldResults() {
        deleteResultsFinishedBefore(Instant.now().minus(settings.resultRetention()));
    }

    void deleteResultsFinishedBefore(Instant before) {
        for (QueryRun run : queries.keptSince(before)) {
            deleteResultFiles(run.resultFile());
            queries.forgetResult(run.uri());
        }
        sandboxes.deleteEmptyResultDirectories();
    }

    /** How a run ended, and its result's first rows if it has a result. */
    private record Outcome(QueryRun run, List<List<Object>> firstRows) {
    }

    /** Stores the run, running at once if it has its turns free, else queued, and hands it to a runner. */
    private Future<Outcome> submit(String uri, Worksheet worksheet, Principal principal, String sql) {
        RunTurns.Turn turn = turns.takeIfFree(worksheet.ownerTeam());
        try {
            queries.insert(uri, worksheet.uri(), worksheet.ownerTeam(), worksheet.environmentUri(), principal.name(),
                    sql, turn != null);
            return runners.submit(() -> execute(uri, worksheet.ownerTeam(), sql, turn));
        }
        catch (RuntimeException e) {
            if (turn != null) {
                turn.close();
            }
            throw e;
        }
    }

    /**
     * Runs the query, started already if it had its turns when it was asked for ({@code turn}), else when they come;
     * answers how it ended, or null if it was cancelled before it ran.
     */
    private Outcome execute(String uri, String team, String sql, RunTurns.Turn turnTaken) {
        RunTurns.Turn turn = turnTaken != null ? turnTaken : turns.take(team);
        try {
            if (turnTaken == null && !queries.start(uri)) {
                return null;
            }
            try (KeptSandbox sandbox = sandboxes.take(team, readable.of(team).stream()
                    .map(ReadableTables.ReadableTable::sandboxTable).toList())) {
                running.put(uri, sandbox);
                try {
                    return store(uri, sql, sandbox);
                }
                finally {
                    // before the sandbox is given back, so that a late cancel cannot reach the next query in it
                    running.remove(uri);
                }
            }
            catch (QueryFailedException e) {
                log.warn("Query {} could not run", uri, e);
                return new Outcome(queries.finish(uri, QueryStatus.FAILED, e.getMessage()), null);
            }
            catch (RuntimeException e) {
                log.error("Query {} failed unexpectedly", uri, e);
                return new Outcome(queries.finish(uri, QueryStatus.FAILED,
                        "The query could not run; the server log has the reason"), null);
            }
        }
        finally {
            cancelled.remove(uri);
            turn.close();
        }
    }

    /** Runs the query in the sandbox and stores its result. */
    private Outcome store(String uri, String sql, KeptSandbox sandbox) {
        if (cancelled.contains(uri)) {
            sandbox.cancel();
        }
        Path file = sandbox.resultFile(uri + ".parquet");
        try {
            StoredResult result = sandbox.sandbox().store(sql, file, settings.displayRows(), settings.maxResultSize());
            return new Outcome(queries.succeed(uri, result.columns(), result.rows(), file), result.firstRows());
        }
        catch (QueryStoppedException e) {
            deleteResultFiles(file);
            return new Outcome(queries.finish(uri, e.reason() == QueryStoppedException.Reason.CANCELLED
                    ? QueryStatus.CANCELLED : QueryStatus.TIMED_OUT, e.getMessage()), null);
        }
        catch (QueryRefusedException | QueryFailedException e) {
            deleteResultFiles(file);
            return new Outcome(queries.finish(uri, QueryStatus.FAILED, e.getMessage()), null);
        }
        catch (RuntimeException e) {
            sandbox.discard();
            deleteResultFiles(file);
            throw e;
        }
    }

    private QueryView view(QueryRun run) {
        List<List<Object>> rows = run.resultFile() == null ? null
                : results.page(run.resultFile(), 0, settings.displayRows()).rows();
        return view(run, rows);
    }

    private QueryView summary(QueryRun run) {
        return view(run, null);
    }

    private static QueryView view(QueryRun run, List<List<Object>> rows) {
        return new QueryView(run.uri(), run.worksheetUri(), run.team(), run.username(), run.sql(), run.status(),
                run.error(), run.columns(), run.rowCount(), rows, run.resultFile() != null, run.createdAt(),
                run.startedAt(), run.finishedAt(), run.startedAt() == null || run.finishedAt() == null ? null
                        : Duration.between(run.startedAt(), run.finishedAt()).toMillis());
    }

    private QueryRun requireMember(Principal principal, String uri, String action) {
        QueryRun run = require(uri);
        authorizer.requireMember(principal, run.team(), action, run.resource());
        return run;
    }

    private QueryRun requireKeptResult(Principal principal, String uri, String action) {
        QueryRun run = requireMember(principal, uri, action);
        if (run.resultFile() == null) {
            throw ApiProblem.conflict(run.status() == QueryStatus.SUCCEEDED
                    ? "The result of query %s is no longer kept; run it again".formatted(uri)
                    : "Query %s is %s and has no result".formatted(uri, run.status()));
        }
        return run;
    }

    private QueryRun require(String uri) {
        return queries.find(uri).orElseThrow(() -> ApiProblem.notFound("Query", uri));
    }

    private Path csvOf(Path parquet) {
        Path csv = parquet.resolveSibling(parquet.getFileName().toString().replace(".parquet", ".csv"));
        synchronized (csvLocks.computeIfAbsent(csv, file -> new Object())) {
            if (!Files.exists(csv)) {
                results.writeCsv(parquet, csv);
            }
        }
        return csv;
    }

    private void deleteResultFiles(Path parquet) {
        Path csv = parquet.resolveSibling(parquet.getFileName().toString().replace(".parquet", ".csv"));
        try {
            Files.deleteIfExists(parquet);
            Files.deleteIfExists(csv);
            csvLocks.remove(csv);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
