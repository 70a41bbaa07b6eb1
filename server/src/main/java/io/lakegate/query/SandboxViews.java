package io.lakegate.query;

import static io.lakegate.query.DuckDbConnections.identifier;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A sandbox's views, each made when a statement first reads its table: DuckDB binds a view when it is made, which
 * lists and opens the table's files, so a sandbox costs only what its queries read, however many tables it shows.
 * A table whose view cannot be made (no data files, a link out of its location, a data filter that does not fit it)
 * does not spoil the others: a statement that reads it fails with the reason, and the next one tries again (files may
 * have come meanwhile).
 */
final class SandboxViews {

    private final Connection connection;
    private final ReadOnlyStatements statements;
    private final EngineMessages messages;
    private final Map<TableName, SandboxTable> tables;
    private final Set<TableName> made = new HashSet<>();

    SandboxViews(Connection connection, ReadOnlyStatements statements, EngineMessages messages,
            List<SandboxTable> tables) {
        this.connection = connection;
        this.statements = statements;
        this.messages = messages;
        this.tables = tables.stream().collect(Collectors.toMap(TableName::of, Function.identity()));
    }

    Set<TableName> names() {
        return tables.keySet();
    }

    /**
     * Makes the views of {@code names} that do not exist yet.
     *
     * @throws QueryFailedException saying why, if one of them cannot be read
     */
    void require(Collection<TableName> names) {
        for (TableName name : names) {
            if (!made.contains(name)) {
                make(name).ifPresent(unreadable -> {
                    throw new QueryFailedException(unreadable);
                });
                made.add(name);
            }
        }
    }

    void requireAll() {
        require(tables.keySet());
    }

    /** Makes the view of {@code name}; answers why it cannot be read, if it cannot. */
    private Optional<String> make(TableName name) {
        SandboxTable table = tables.get(name);
        String cannotRead = "Table %s cannot be read: ".formatted(table.qualifiedName());
        if (table.filter() != null && table.filter().rowExpression() != null) {
            try {
                statements.checkRowExpression(table.filter().rowExpression());
            }
            catch (QueryRefusedException e) {
                return Optional.of(cannotRead + "the row expression of its data filter '%s' is refused: %s"
                        .formatted(table.filter().name(), e.getMessage()));
            }
        }
        String createView;
        try {
            createView = TableViews.createView(table);
        }
        catch (IllegalArgumentException e) {
            return Optional.of(cannotRead + e.getMessage());
        }
        // the driver closes a statement whose SQL failed, so each view gets statements of its own
        try (Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists " + identifier(table.schema()));
            statement.execute(createView);
            return Optional.empty();
        }
        catch (SQLException e) {
            return Optional.of(e.getMessage() != null && e.getMessage().contains("No files found that match")
                    ? cannotRead + "it has no data files"
                    : cannotRead + messages.forUser(e.getMessage()));
        }
    }
}
