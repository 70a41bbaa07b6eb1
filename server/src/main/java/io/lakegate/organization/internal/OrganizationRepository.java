package io.lakegate.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.lakegate.organization.OrganizationPermission;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import io.lakegate.platform.SqlArrays;
import io.lakegate.platform.SqlLike;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganizationRepository {

    private static final String COLUMNS = "uri, name, description, admin_team, tags, created_by, created_at, updated_at";

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organization> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from organizations where uri = ? and archived_at is null")
                .param(uri)
                .query(OrganizationRepository::organization)
                .optional();
    }

    public Optional<Organization> findByName(String name) {
        return jdbc.sql("select " + COLUMNS + " from organizations where lower(name) = lower(?) and archived_at is null")
                .param(name)
                .query(OrganizationRepository::organization)
                .optional();
    }

    /** Inserts the organization; false when another active one took the name first. */
    boolean insert(Organization organization) {
        try {
            jdbc.sql("""
                    insert into organizations (uri, name, description, admin_team, tags, created_by)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(organization.uri(), organization.name(), organization.description(),
                            organization.adminTeam(), organization.tags().toArray(String[]::new),
                            organization.createdBy())
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean update(String uri, String name, String description, List<String> tags) {
        try {
            jdbc.sql("update organizations set name = ?, description = ?, tags = ?, updated_at = now() where uri = ?")
                    .params(name, description, tags.toArray(String[]::new), uri)
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    void archive(String uri) {
        jdbc.sql("update organizations set archived_at = now(), updated_at = now() where uri = ?").param(uri).update();
    }

    /** Organizations where one of {@code teams} is the admin team or invited. */
    Page<Organization> listFor(Collection<String> teams, String term, PageRequest page) {
        String from = """
                from organizations o
                 where archived_at is null
                   and (admin_team = any(?) or exists (select 1 from organization_teams t
                        where t.organization_uri = o.uri and t.team = any(?)))
                   and (cast(? as text) is null or o.name ilike ? escape '\\' or o.description ilike ? escape '\\')
                """;
        String[] teamArray = teams.toArray(String[]::new);
        String pattern = SqlLike.containing(term);
        return PagedQuery.page(jdbc, COLUMNS, from, "lower(o.name), o.uri",
                Arrays.asList(teamArray, teamArray, pattern, pattern, pattern), page, OrganizationRepository::organization);
    }

    List<OrganizationTeam> invitedTeams(String uri) {
        return jdbc.sql("""
                select team, permissions, invited_by, invited_at from organization_teams
                where organization_uri = ? order by team""")
                .param(uri)
                .query((rs, row) -> new OrganizationTeam(rs.getString("team"), false,
                        SqlArrays.enumSet(rs.getArray("permissions"), OrganizationPermission.class),
                        rs.getString("invited_by"), rs.getTimestamp("invited_at").toInstant()))
                .list();
    }

    Optional<OrganizationTeam> invitedTeam(String uri, String team) {
        return invitedTeams(uri).stream().filter(invited -> invited.team().equals(team)).findFirst();
    }

    /** Teams holding {@code permission} in the organization: its admin team and the invited teams granted it. */
    public Set<String> teamsWith(String uri, OrganizationPermission permission) {
        return Set.copyOf(jdbc.sql("""
                select admin_team from organizations where uri = ? and archived_at is null
                union
                select team from organization_teams where organization_uri = ? and ? = any(permissions)""")
                .params(uri, uri, permission.name())
                .query(String.class)
                .list());
    }

    /** Teams that see the organization: its admin team and every invited team. */
    Set<String> members(String uri) {
        return Set.copyOf(jdbc.sql("""
                select admin_team from organizations where uri = ? and archived_at is null
                union
                select team from organization_teams where organization_uri = ?""")
                .params(uri, uri)
                .query(String.class)
                .list());
    }

    boolean invite(String uri, String team, Set<OrganizationPermission> permissions, String invitedBy) {
        return jdbc.sql("""
                insert into organization_teams (organization_uri, team, permissions, invited_by)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(uri, team, SqlArrays.names(permissions), invitedBy)
                .update() == 1;
    }

    void updatePermissions(String uri, String team, Set<OrganizationPermission> permissions) {
        jdbc.sql("update organization_teams set permissions = ? where organization_uri = ? and team = ?")
                .params(SqlArrays.names(permissions), uri, team)
                .update();
    }

    boolean remove(String uri, String team) {
        return jdbc.sql("delete from organization_teams where organization_uri = ? and team = ?")
                .params(uri, team)
                .update() == 1;
    }



    private static Organization organization(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getString("uri"), rs.getString("name"), rs.getString("description"),
                rs.getString("admin_team"), SqlArrays.strings(rs.getArray("tags")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
