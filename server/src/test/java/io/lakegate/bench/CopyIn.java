package io.lakegate.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.lakegate.platform.db.EmbeddedPostgresServer;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with {@code COPY ... FROM STDIN} (text format), on a connection of its own so
 * that several tables can be filled at once. Values: null, a {@code List} (a text array) or anything whose
 * {@code toString} PostgreSQL reads ({@code Instant}s included). The rows are committed on {@link #close}.
 *
 * <p>Foreign keys are not checked ({@code session_replication_role = replica}): the rows are consistent by
 * construction, and a child table streams while its parent's COPY, on another connection, is not committed yet.
 */
final class CopyIn implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Connection connection;
    private final Writer out;
    private long rows;

    CopyIn(EmbeddedPostgresServer database, String table, String columns) throws SQLException {
        connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
        }
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy %s (%s) from stdin".formatted(table, columns), BUFFER_BYTES);
        out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER_BYTES);
    }

    void row(Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            switch (values[i]) {
                case null -> out.write("\\N");
                case List<?> list -> out.write(escaped(arrayLiteral(list)));
                default -> out.write(escaped(values[i].toString()));
            }
        }
        out.write('\n');
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException, SQLException {
        try (connection) {
            out.close();
        }
    }

    private static String arrayLiteral(List<?> values) {
        StringBuilder literal = new StringBuilder("{");
        for (Object value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
