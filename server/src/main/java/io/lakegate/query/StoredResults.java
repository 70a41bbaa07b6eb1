package io.lakegate.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.springframework.stereotype.Component;

/** Reads results that {@link Sandbox#store} wrote: a page of rows, or the whole as CSV, on platform threads. */
@Component
public class StoredResults {

    private final DuckDbConnections connections;

    StoredResults(DuckDbConnections connections) {
        this.connections = connections;
    }

    /** {@code limit} rows from {@code offset}, in the result's order, typed as the file stores them. */
    public QueryResult page(Path file, long offset, int limit) {
        return EngineThreads.call(() -> pageHere(file, offset, limit));
    }

    private QueryResult pageHere(Path file, long offset, int limit) {
        return withDatabase(List.of(file.toString()), "The stored result could not be read", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(pageOf(file, offset, limit))) {
                return ResultValues.read(result, limit);
            }
        });
    }

    /** The SQL of a page: one row more than asked, which tells whether more follow. */
    static String pageOf(Path file, long offset, int limit) {
        return wholeOf(file) + " limit %d offset %d".formatted(limit + 1L, offset);
    }

    /** The SQL of the whole result. */
    static String wholeOf(Path file) {
        return "select * from read_parquet(%s)".formatted(DuckDbConnections.literal(file.toString()));
    }

    /** Writes the result to {@code csv}, with a header line, as DuckDB writes CSV. */
    public void writeCsv(Path file, Path csv) {
        EngineThreads.run(() -> writeCsvHere(file, csv));
    }

    private void writeCsvHere(Path file, Path csv) {
        withDatabase(List.of(file.toString(), csv.toString()), "The stored result could not be written as CSV",
                connection -> {
                    try (Statement statement = connection.createStatement()) {
                        return statement.execute("copy (select * from read_parquet(%s)) to %s (format csv, header)"
                                .formatted(DuckDbConnections.literal(file.toString()),
                                        DuckDbConnections.literal(csv.toString())));
                    }
                });
    }

    /** Runs {@code work} on a database that may read and write {@code files} only, closed behind when done. */
    private <T> T withDatabase(List<String> files, String failure, ConnectionFunction<T> work) {
        try {
            Connection connection = connections.open(List.of(), files);
            try {
                return work.apply(connection);
            }
            finally {
                connections.release(connection);
            }
        }
        catch (SQLException e) {
            throw new QueryFailedException(failure, e);
        }
    }
}
