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
        try (Connection connection = connections.open(List.of(), List.of(file.toString()));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(pageOf(file, offset, limit))) {
            return ResultValues.read(result, limit);
        }
        catch (SQLException e) {
            throw new QueryFailedException("The stored result could not be read", e);
        }
    }

    /** The SQL of a page: one row more than asked, which tells whether more follow. */
    static String pageOf(Path file, long offset, int limit) {
        return "select * from read_parquet(%s) limit %d offset %d"
                .formatted(DuckDbConnections.literal(file.toString()), limit + 1L, offset);
    }

    /** Writes the result to {@code csv}, with a header line, as DuckDB writes CSV. */
    public void writeCsv(Path file, Path csv) {
        EngineThreads.run(() -> writeCsvHere(file, csv));
    }

    private void writeCsvHere(Path file, Path csv) {
        try (Connection connection = connections.open(List.of(), List.of(file.toString(), csv.toString()));
             Statement statement = connection.createStatement()) {
            statement.execute("copy (select * from read_parquet(%s)) to %s (format csv, header)"
                    .formatted(DuckDbConnections.literal(file.toString()), DuckDbConnections.literal(csv.toString())));
        }
        catch (SQLException e) {
            throw new QueryFailedException("The stored result could not be written as CSV", e);
        }
    }
}
