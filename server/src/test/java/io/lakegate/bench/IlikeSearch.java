package io.lakegate.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.lakegate.catalog.internal.index.AssetType;
import io.lakegate.catalog.internal.index.CatalogQuery;
import io.lakegate.platform.SqlLike;

/**
 * A catalog search as plain SQL over Lakegate's own tables, the way to search without an index: every word of
 * the text (split at spaces) must occur, in any case, in the asset's name, description or a tag, or in a name or
 * description of one of a table's columns ({@code ilike '%word%'}); each filter is a condition, its values
 * alternatives, as in the catalog. Answers the page of hits by name and the total (0 past the last page);
 * no ranking, no typos, no facet counts.
 */
final class IlikeSearch {

    private static final String TERM_PATHS = """
            with recursive paths (uri, path) as (
                select uri, name::text from glossary_nodes where parent_uri is null
                union all
                select n.uri, p.path || '/' || n.name from glossary_nodes n join paths p on n.parent_uri = p.uri
            )
            """;

    /**
     * Where assets of one type come from: {@code own} is the alias of the table with the asset's own fields,
     * {@code d} always that of its dataset, for what tables and folders take from it.
     */
    private enum Source {
        DATASET(AssetType.DATASET, "d", "datasets d"),
        TABLE(AssetType.TABLE, "t", "dataset_tables t join datasets d on d.uri = t.dataset_uri"),
        FOLDER(AssetType.FOLDER, "f", "dataset_folders f join datasets d on d.uri = f.dataset_uri");

        final AssetType type;
        final String own;
        final String from;

        Source(AssetType type, String own, String from) {
            this.type = type;
            this.own = own;
            this.from = from;
        }
    }

    record Page(long total, List<String> uris) {
    }

    private IlikeSearch() {
    }

    static Page run(Connection connection, CatalogQuery query) throws SQLException {
        List<String> branches = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (Source source : Source.values()) {
            if (query.types().isEmpty() || query.types().contains(source.type)) {
                branches.add(branch(connection, source, query, parameters));
            }
        }
        String sql = (query.terms().isEmpty() ? "" : TERM_PATHS)
                + "select uri, count(*) over () as total from (" + String.join("\nunion all\n", branches) + ") a"
                + " order by name, uri limit ? offset ?";
        parameters.add(query.size());
        parameters.add((query.page() - 1) * query.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            long total = 0;
            List<String> uris = new ArrayList<>(query.size());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    uris.add(rows.getString("uri"));
                    total = rows.getLong("total");
                }
            }
            return new Page(total, uris);
        }
    }

    /** The assets of one source that match, as {@code uri, name}; adds the parameters it needs. */
    private static String branch(Connection connection, Source source, CatalogQuery query, List<Object> parameters)
            throws SQLException {
        String own = source.own;
        List<String> conditions = new ArrayList<>();
        for (String word : query.text().strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String condition = """
                    (%1$s.name ilike ? escape '\\' or %1$s.description ilike ? escape '\\'
                     or exists (select from unnest(%1$s.tags) tag where tag ilike ? escape '\\')""".formatted(own);
            int patterns = 3;
            if (source == Source.TABLE) {
                condition += """

                         or t.uri in (select c.table_uri from dataset_table_columns c
                                      where c.name ilike ? escape '\\' or c.description ilike ? escape '\\')""";
                patterns += 2;
            }
            conditions.add(condition + ")");
            for (int i = 0; i < patterns; i++) {
                parameters.add(SqlLike.containing(word));
            }
        }
        anyOf(connection, conditions, parameters, own + ".tags && ?", query.tags());
        anyOf(connection, conditions, parameters, "d.topics && ?", query.topics());
        anyOf(connection, conditions, parameters, "d.region = any(?)", query.regions());
        anyOf(connection, conditions, parameters, "d.confidentiality = any(?)", query.classifications());
        anyOf(connection, conditions, parameters, """
                %s.uri in (select l.target_uri from glossary_links l join paths p on p.uri = l.term_uri
                           where l.approved and l.target_type = '%s' and p.path = any(?))""".formatted(own, source.type),
                query.terms());
        return "select %1$s.uri, %1$s.name from %2$s".formatted(own, source.from)
                + (conditions.isEmpty() ? "" : "\nwhere " + String.join("\nand ", conditions));
    }

    private static void anyOf(Connection connection, List<String> conditions, List<Object> parameters,
            String condition, Collection<String> values) throws SQLException {
        if (!values.isEmpty()) {
            conditions.add(condition);
            parameters.add(connection.createArrayOf("text", values.toArray()));
        }
    }
}
