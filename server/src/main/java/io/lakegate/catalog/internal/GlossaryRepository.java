package io.lakegate.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.lakegate.dataset.AssetType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GlossaryRepository {

    private static final String COLUMNS = """
            uri, glossary_uri, parent_uri, kind, name, description, owner_team, created_by, created_at, updated_at""";

    /** Every node's path from its glossary's name down, e.g. {@code Finance/Revenue/Net revenue}. */
    private static final String PATHS = """
            paths (uri, path) as (
                select uri, name::text from glossary_nodes where parent_uri is null
                union all
                select n.uri, p.path || '/' || n.name from glossary_nodes n join paths p on n.parent_uri = p.uri
            )
            """;

    /** The node given as the parameter and every node below it. */
    private static final String UNDER = """
            under (uri) as (
                select uri from glossary_nodes where uri = ?
                union all
                select n.uri from glossary_nodes n join under u on n.parent_uri = u.uri
            )
            """;

    private static final String LINK_COLUMNS = """
            l.uri, l.term_uri, t.name as term_name, p.path as term_path, t.glossary_uri, l.target_type, l.target_uri,
            l.approved, l.linked_by, l.linked_at, l.approved_by, l.approved_at""";

    private final JdbcClient jdbc;

    GlossaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the node; false when its name is taken where it must be unique. */
    boolean insert(GlossaryNode node) {
        try {
            jdbc.sql("""
                    insert into glossary_nodes (uri, glossary_uri, parent_uri, kind, name, description, owner_team, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(node.uri(), node.glossaryUri(), node.parentUri(), node.kind().name(), node.name(),
                            node.description(), node.ownerTeam(), node.createdBy())
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** False when the new name is taken where it must be unique. */
    boolean update(String uri, String name, String description) {
        try {
            jdbc.sql("update glossary_nodes set name = ?, description = ?, updated_at = now() where uri = ?")
                    .params(name, description, uri).update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    void delete(String uri) {
        jdbc.sql("delete from glossary_nodes where uri = ?").param(uri).update();
    }

    Optional<GlossaryNode> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from glossary_nodes where uri = ?").param(uri)
                .query(GlossaryRepository::node).optional();
    }

    List<GlossaryNode> glossaries() {
        return jdbc.sql("select " + COLUMNS + " from glossary_nodes where kind = 'GLOSSARY' order by lower(name)")
                .query(GlossaryRepository::node).list();
    }

    /** The glossary's nodes, parents before children, siblings by name. */
    List<GlossaryNode> nodesOf(String glossaryUri) {
        return jdbc.sql("with recursive " + PATHS + "select " + COLUMNS + " from glossary_nodes n join paths p using (uri) "
                        + "where n.glossary_uri = ? order by lower(p.path)")
                .param(glossaryUri).query(GlossaryRepository::node).list();
    }

    Map<String, String> pathsOf(String glossaryUri) {
        return jdbc.sql("with recursive " + PATHS + "select n.uri, p.path from glossary_nodes n join paths p using (uri) where n.glossary_uri = ?")
                .param(glossaryUri)
                .query((rs, row) -> Map.entry(rs.getString("uri"), rs.getString("path")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Links the term to the asset; false when it is linked already. */
    boolean insertLink(String uri, String termUri, AssetType targetType, String targetUri, String linkedBy) {
        return jdbc.sql("""
                insert into glossary_links (uri, term_uri, target_type, target_uri, linked_by) values (?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(uri, termUri, targetType.name(), targetUri, linkedBy).update() == 1;
    }

    Optional<GlossaryLink> findLink(String uri) {
        return links("l.uri = ?", List.of(uri)).stream().findFirst();
    }

    List<GlossaryLink> linksOfGlossary(String glossaryUri) {
        return links("t.glossary_uri = ?", List.of(glossaryUri));
    }

    /** The approved links to any of the assets of the type. */
    List<GlossaryLink> approvedLinksOf(AssetType type, Collection<String> targetUris) {
        return links("l.approved and l.target_type = ? and l.target_uri = any(?)",
                List.of(type.name(), targetUris.toArray(String[]::new)));
    }

    List<GlossaryLink> linksOfTarget(AssetType type, String targetUri) {
        return links("l.target_type = ? and l.target_uri = ?", List.of(type.name(), targetUri));
    }

    /** The assets linked to terms of the glossary or under the node, for telling the catalog what changed. */
    List<GlossaryLink> linksUnder(String nodeUri) {
        return jdbc.sql("with recursive " + UNDER + ", " + PATHS + "select " + LINK_COLUMNS + " from glossary_links l join glossary_nodes t on t.uri = l.term_uri "
                        + "join paths p on p.uri = t.uri where l.term_uri in (select uri from under) order by p.path")
                .param(nodeUri).query((rs, row) -> link(rs)).list();
    }

    void approve(String uri, String approvedBy) {
        jdbc.sql("update glossary_links set approved = true, approved_by = ?, approved_at = ? where uri = ?")
                .params(approvedBy, Timestamp.from(Instant.now()), uri).update();
    }

    void deleteLink(String uri) {
        jdbc.sql("delete from glossary_links where uri = ?").param(uri).update();
    }

    void deleteLinksOfTarget(AssetType type, String targetUri) {
        jdbc.sql("delete from glossary_links where target_type = ? and target_uri = ?").params(type.name(), targetUri).update();
    }

    private List<GlossaryLink> links(String where, List<?> params) {
        return jdbc.sql("with recursive " + PATHS + "select " + LINK_COLUMNS + """
                         from glossary_links l join glossary_nodes t on t.uri = l.term_uri join paths p on p.uri = t.uri
                        where """ + " " + where + " order by p.path, l.target_type, l.target_uri")
                .params(params).query((rs, row) -> link(rs)).list();
    }

    private static GlossaryLink link(ResultSet rs) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new GlossaryLink(rs.getString("uri"), rs.getString("term_uri"), rs.getString("term_name"),
                rs.getString("term_path"), rs.getString("glossary_uri"), AssetType.valueOf(rs.getString("target_type")),
                rs.getString("target_uri"), rs.getBoolean("approved"), rs.getString("linked_by"),
                rs.getTimestamp("linked_at").toInstant(), rs.getString("approved_by"),
                approvedAt == null ? null : approvedAt.toInstant());
    }

    private static GlossaryNode node(ResultSet rs, int row) throws SQLException {
        return new GlossaryNode(rs.getString("uri"), rs.getString("glossary_uri"), rs.getString("parent_uri"),
                GlossaryNode.Kind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("description"),
                rs.getString("owner_team"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
