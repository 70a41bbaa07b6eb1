package io.lakegate.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.duckdb.DuckDBConnection;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides which SQL may run in a sandbox, with DuckDB's own parser: {@code json_serialize_sql} gives the syntax
 * tree of a text, and does so only for SELECT statements. It runs on a database of its own that can read no file.
 *
 * <p>A query may run when
 * <ul>
 * <li>it is exactly one statement, a SELECT in any of its forms: WITH, VALUES, FROM-first, set operations, PIVOT in a
 *     FROM clause, DESCRIBE and SUMMARIZE of a table or query, or EXPLAIN (ANALYZE) of one. Everything else is
 *     refused: SHOW, PRAGMA, SET, RESET, CALL, COPY, EXPORT, ATTACH, DETACH, USE, INSTALL, LOAD, CHECKPOINT and every
 *     statement that writes;</li>
 * <li>every table it names is one of the sandbox's views, by its full name {@code schema.table}, or one of its own
 *     common table expressions. For any other name that looks like a file DuckDB reads the file (a "replacement
 *     scan"), and the allowed directories hold the views' own files: reading them directly would bypass data
 *     filters;</li>
 * <li>every table function it calls only generates rows: {@code range}, {@code generate_series}, {@code unnest}.
 *     File readers, {@code glob}, {@code query}, metadata, logging and checkpoint functions are refused;</li>
 * <li>it calls no function that shows engine settings ({@code current_setting}): they include the tables'
 *     locations.</li>
 * </ul>
 * The sandbox's allowed directories are the hard limit on what can be read at all; these rules add that the files in
 * them are read only through their views.
 *
 * <p>What runs is not the text as given but the statement's syntax tree written back as SQL
 * ({@code json_deserialize_sql}), and the rules are checked on that SQL: the engine runs exactly the text that was
 * checked, and it has no trailing semicolon or comment, so it can be wrapped.
 *
 * <p>A data filter's row expression must be one expression, without subqueries or the functions above.
 */
final class ReadOnlyStatements implements AutoCloseable {

    private static final String SINGLE_SELECT =
            "Only a single read-only statement (SELECT, WITH, VALUES, or EXPLAIN of one) may run";
    /** EXPLAIN or EXPLAIN ANALYZE at the start of a text, after any comments; the statement explained follows. */
    private static final Pattern EXPLAIN = Pattern.compile(
            "^(?:\\s|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*explain(\\s+analy[sz]e)?\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> GENERATORS = Set.of("range", "generate_series", "unnest");
    private static final Set<String> SETTINGS_FUNCTIONS = Set.of("current_setting");
    /** Functions called without parentheses, which the parser takes for column references. */
    private static final Set<String> SQL_VALUE_FUNCTIONS = Set.of("current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "localtime", "localtimestamp",
            "session_user", "user");
    private static final Set<String> CATALOGS = Set.of("", "memory");
    /** Characters that make a name a path DuckDB would read as a file, were it not a table. */
    private static final Pattern PATH_LIKE = Pattern.compile("[./\\\\:]");

    /** Parser connections kept between checks, each with its statements prepared; at most this many wait. */
    private static final int KEPT_PARSER_SESSIONS = 8;
    private static final String SERIALIZE = "select json_serialize_sql(?)";
    private static final String DESERIALIZE = "select json_deserialize_sql(?::json)";

    private final Connection parser;
    private final BlockingQueue<ParserSession> sessions = new ArrayBlockingQueue<>(KEPT_PARSER_SESSIONS);
    private final JsonNode rowExpressionFrame;

    /** A connection to the parser's database, used by one check at a time, with the parser's statements prepared. */
    private static final class ParserSession implements AutoCloseable {

        private final Connection connection;
        private final Map<String, PreparedStatement> prepared = new HashMap<>();

        ParserSession(Connection parser) throws SQLException {
            this.connection = parser.unwrap(DuckDBConnection.class).duplicate();
        }

        String call(String function, String argument) throws SQLException {
            PreparedStatement statement = prepared.get(function);
            if (statement == null) {
                statement = connection.prepareStatement(function);
                prepared.put(function, statement);
            }
            statement.setString(1, argument);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
            connection.close();
        }
    }

    /** Takes over {@code parser}, a connection to a database that can read nothing; closing this closes it. */
    ReadOnlyStatements(Connection parser) {
        this.parser = parser;
        this.rowExpressionFrame = withoutCondition(parse(rowFilterQuery("true")).path("statements").get(0));
    }

    /**
     * A statement that may run, as SQL written from its syntax tree, and the tables it reads.
     *
     * @param tables  the sandbox tables that the statement reads
     * @param explain {@code EXPLAIN} or {@code EXPLAIN ANALYZE} when the statement is to be explained, else null
     */
    record ReadOnlyQuery(String sql, Set<TableName> tables, String explain) {

        /** What the engine runs: the statement, or its explanation. */
        String runnable() {
            return explain == null ? sql : explain + " " + sql;
        }
    }

    /**
     * {@code sql} as a statement that may run in a sandbox showing {@code tables}.
     *
     * @throws QueryRefusedException unless {@code sql} is one read-only statement that reads only {@code tables}
     */
    ReadOnlyQuery check(String sql, Set<TableName> tables) {
        Matcher explain = EXPLAIN.matcher(sql);
        if (explain.find()) {
            ReadOnlyQuery explained = check(sql.substring(explain.end()), tables);
            if (explained.explain() != null) {
                throw new QueryRefusedException(SINGLE_SELECT);
            }
            return new ReadOnlyQuery(explained.sql(), explained.tables(),
                    explain.group(1) == null ? "EXPLAIN" : "EXPLAIN ANALYZE");
        }
        JsonNode parsed = parse(sql);
        singleSelect(parsed);
        String runnable = sqlOf(parsed);
        List<JsonNode> nodes = objectsIn(singleSelect(parse(runnable)));
        Set<String> commonTables = nodes.stream()
                .flatMap(node -> node.path("cte_map").path("map").valueStream())
                .map(entry -> lower(text(entry, "key")))
                .collect(Collectors.toSet());
        Set<TableName> read = new LinkedHashSet<>();
        for (JsonNode node : nodes) {
            switch (text(node, "type")) {
                case "BASE_TABLE" -> {
                    if (!isCommonTable(node, commonTables)) {
                        read.add(sandboxTable(node, tables));
                    }
                }
                case "TABLE_FUNCTION" -> requireGenerator(node);
                case "SHOW_REF" -> {
                    if (!node.path("query").isObject()) {
                        throw new QueryRefusedException("SHOW is not available; use DESCRIBE schema.table");
                    }
                }
                default -> {
                }
            }
            requireNoSettingsFunction(node);
        }
        return new ReadOnlyQuery(runnable, read, null);
    }

    /**
     * Checks a row expression and tells which columns it reads, by name in alphabetical order: the first part of each
     * column reference, as written ({@code s} for a struct's field {@code s.f}), leaving out the parameters of lambdas
     * and functions such as {@code current_date}.
     *
     * @throws QueryRefusedException unless {@code expression} is one expression without subqueries that a WHERE
     *                               clause accepts
     */
    Set<String> checkRowExpression(String expression) {
        JsonNode parsed = parse(rowFilterQuery(expression));
        if (parsed.path("error").asBoolean()) {
            throw new QueryRefusedException("The row expression is not valid: " + text(parsed, "error_message"));
        }
        JsonNode statements = parsed.path("statements");
        if (statements.size() != 1 || !withoutCondition(statements.get(0)).equals(rowExpressionFrame)) {
            throw new QueryRefusedException("The row expression must be a single expression");
        }
        List<JsonNode> nodes = objectsIn(statements.get(0).path("node").path("where_clause"));
        for (JsonNode node : nodes) {
            if ("SUBQUERY".equals(text(node, "class"))) {
                throw new QueryRefusedException("The row expression must not contain a subquery");
            }
            requireNoSettingsFunction(node);
        }
        Set<String> lambdaParameters = nodes.stream()
                .filter(node -> "LAMBDA".equals(text(node, "class")))
                .flatMap(lambda -> columnReferences(objectsIn(lambda.path("lhs"))))
                .map(ReadOnlyStatements::lower)
                .collect(Collectors.toSet());
        return columnReferences(nodes)
                .filter(column -> !lambdaParameters.contains(lower(column)))
                .filter(column -> !SQL_VALUE_FUNCTIONS.contains(lower(column)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The WHERE condition of a row expression, on lines of its own so that a comment at its end cannot swallow what
     * follows; the check and the view use the same.
     */
    static String condition(String rowExpression) {
        return "(\n" + rowExpression + "\n)";
    }

    @Override
    public void close() throws SQLException {
        List<ParserSession> kept = new ArrayList<>();
        sessions.drainTo(kept);
        for (ParserSession session : kept) {
            session.close();
        }
        parser.close();
    }

    private static String rowFilterQuery(String expression) {
        return "select 1 where " + condition(expression);
    }

    private JsonNode parse(String sql) {
        try {
            return JsonMapper.shared().readTree(callParser(SERIALIZE, sql));
        }
        catch (JacksonException e) {
            throw new QueryRefusedException("The query is nested too deeply to be checked");
        }
    }

    /** The parser's answer for exactly one SELECT statement, else a refusal saying why not. */
    private static JsonNode singleSelect(JsonNode parsed) {
        if (parsed.path("error").asBoolean()) {
            throw new QueryRefusedException("parser".equals(text(parsed, "error_type"))
                    ? "The query is not valid SQL: " + text(parsed, "error_message")
                    : SINGLE_SELECT);
        }
        JsonNode statements = parsed.path("statements");
        if (statements.isEmpty()) {
            throw new QueryRefusedException("The query is empty");
        }
        if (statements.size() > 1) {
            throw new QueryRefusedException(SINGLE_SELECT + "; this has " + statements.size());
        }
        return statements.get(0);
    }

    private String sqlOf(JsonNode parsed) {
        return callParser(DESERIALIZE, parsed.toString());
    }

    /** Calls a parser function in a session kept from an earlier check, or a new one; keeps the session after. */
    private String callParser(String function, String argument) {
        ParserSession session = sessions.poll();
        try {
            if (session == null) {
                session = new ParserSession(parser);
            }
            String answer = session.call(function, argument);
            if (sessions.offer(session)) {
                session = null;
            }
            return answer;
        }
        catch (SQLException e) {
            throw new QueryFailedException("The query could not be checked", e);
        }
        finally {
            closeQuietly(session);
        }
    }

    private static void closeQuietly(ParserSession session) {
        if (session != null) {
            try {
                session.close();
            }
            catch (SQLException e) {
                // a session that fails to close holds nothing else
            }
        }
    }

    private static boolean isCommonTable(JsonNode table, Set<String> commonTables) {
        String name = text(table, "table_name");
        return text(table, "catalog_name").isEmpty() && text(table, "schema_name").isEmpty()
                && commonTables.contains(lower(name)) && !PATH_LIKE.matcher(name).find();
    }

    private static TableName sandboxTable(JsonNode table, Set<TableName> tables) {
        String catalog = text(table, "catalog_name");
        TableName name = TableName.of(text(table, "schema_name"), text(table, "table_name"));
        if (!CATALOGS.contains(lower(catalog)) || !tables.contains(name)) {
            String written = Stream.of(catalog, text(table, "schema_name"), text(table, "table_name"))
                    .filter(part -> !part.isEmpty())
                    .collect(Collectors.joining("."));
            throw new QueryRefusedException(
                    "Table '%s' is not available; name one of your tables as schema.table".formatted(written));
        }
        return name;
    }

    private static void requireGenerator(JsonNode tableFunction) {
        String function = text(tableFunction.path("function"), "function_name");
        if (!GENERATORS.contains(lower(function))) {
            throw new QueryRefusedException(("Table function '%s' is not available: tables are read by their name"
                    + " (schema.table), and only range, generate_series and unnest may be called").formatted(function));
        }
    }

    private static void requireNoSettingsFunction(JsonNode node) {
        String function = text(node, "function_name");
        if ("FUNCTION".equals(text(node, "class")) && SETTINGS_FUNCTIONS.contains(lower(function))) {
            throw new QueryRefusedException("Function '%s' is not available".formatted(function));
        }
    }

    /** The first part of each column reference among the nodes. */
    private static Stream<String> columnReferences(List<JsonNode> nodes) {
        return nodes.stream()
                .filter(node -> "COLUMN_REF".equals(text(node, "class")))
                .map(reference -> reference.path("column_names").path(0))
                .filter(JsonNode::isString)
                .map(JsonNode::stringValue);
    }

    private static JsonNode withoutCondition(JsonNode statement) {
        JsonNode copy = statement.deepCopy();
        if (copy.path("node") instanceof ObjectNode node) {
            node.putNull("where_clause");
        }
        return copy;
    }

    /** Every object in the tree, however deep: walked without recursion, so a deep query cannot exhaust the stack. */
    private static List<JsonNode> objectsIn(JsonNode root) {
        List<JsonNode> objects = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isObject()) {
                objects.add(node);
            }
            node.values().forEach(pending::push);
        }
        return objects;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : "";
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
