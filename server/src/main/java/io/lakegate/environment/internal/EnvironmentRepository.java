package io.lakegate.environment.internal;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.lakegate.environment.EnvironmentFeatures;
import io.lakegate.environment.EnvironmentPermission;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import io.lakegate.platform.SqlArrays;
import io.lakegate.platform.SqlLike;
import io.lakegate.platform.provisioning.StackStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnvironmentRepository {

    private static final String COLUMNS = """
            uri, organization_uri, name, description, region, resource_prefix, admin_team, tags, worksheets_enabled,
            dashboards_enabled, pipelines_enabled, notebooks_enabled, storage_root, stack_status, created_by, created_at,
            updated_at""";

    private final JdbcClient jdbc;

    EnvironmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Environment> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from environments where uri = ?").param(uri)
                .query(EnvironmentRepository::environment).optional();
    }

    Optional<Environment> findByName(String organizationUri, String name) {
        return jdbc.sql("select " + COLUMNS + " from environments where organization_uri = ? and lower(name) = lower(?)")
                .params(organizationUri, name)
                .query(EnvironmentRepository::environment).optional();
    }

    /** Inserts the environment; false when its organization already has one of that name. */
    boolean insert(Environment environment) {
        try {
            jdbc.sql("""
                    insert into environments (uri, organization_uri, name, description, region, resource_prefix, admin_team,
                        tags, worksheets_enabled, dashboards_enabled, pipelines_enabled, notebooks_enabled, storage_root,
                        created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(environment.uri(), environment.organizationUri(), environment.name(), environment.description(),
                            environment.region(), environment.resourcePrefix(), environment.adminTeam(),
                            environment.tags().toArray(String[]::new), environment.features().worksheets(),
                            environment.features().dashboards(), environment.features().pipelines(),
                            environment.features().notebooks(), environment.storageRoot().toString(),
                            environment.createdBy())
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean update(Environment environment) {
        try {
            jdbc.sql("""
                    update environments set name = ?, description = ?, resource_prefix = ?, tags = ?,
                        worksheets_enabled = ?, dashboards_enabled = ?, pipelines_enabled = ?, notebooks_enabled = ?,
                        updated_at = now()
                    where uri = ?""")
                    .params(environment.name(), environment.description(), environment.resourcePrefix(),
                            environment.tags().toArray(String[]::new), environment.features().worksheets(),
                            environment.features().dashboards(), environment.features().pipelines(),
                            environment.features().notebooks(), environment.uri())
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    void updateStackStatus(String uri, StackStatus status) {
        jdbc.sql("update environments set stack_status = ? where uri = ?").params(status.name(), uri).update();
    }

    void delete(String uri) {
        jdbc.sql("delete from environments where uri = ?").param(uri).update();
    }

    /**
     * Environments where one of {@code teams} is the admin team or invited, optionally of one organization,
     * each with the permissions those teams were invited with.
     */
    Page<ListedEnvironment> listFor(Collection<String> teams, String organizationUri, String term, PageRequest page) {
        String invitedPermissions = """
                coalesce((select array_agg(distinct permission) from environment_teams t
                          cross join unnest(t.permissions) as permission
                          where t.environment_uri = e.uri and t.team = any(?)), '{}') as invited_permissions""";
        String from = """
                from environments e
                 where (admin_team = any(?) or exists (select 1 from environment_teams t
                        where t.environment_uri = e.uri and t.team = any(?)))
                   and (cast(? as text) is null or e.organization_uri = ?)
                   and (cast(? as text) is null or e.name ilike ? escape '\\' or e.description ilike ? escape '\\')
                """;
        String[] teamArray = teams.toArray(String[]::new);
        String pattern = SqlLike.containing(term);
        return PagedQuery.page(jdbc, COLUMNS + ", " + invitedPermissions, List.of((Object) teamArray), from,
                Arrays.asList(teamArray, teamArray, organizationUri, organizationUri, pattern, pattern, pattern),
                "lower(e.name), e.uri", page,
                (rs, row) -> new ListedEnvironment(environment(rs, row),
                        SqlArrays.enumSet(rs.getArray("invited_permissions"), EnvironmentPermission.class)));
    }

    /** An environment in a listing, with the permissions the caller's teams were invited with. */
    record ListedEnvironment(Environment environment, Set<EnvironmentPermission> invitedPermissions) {
    }

    List<String> namesInOrganization(String organizationUri) {
        return jdbc.sql("select name from environments where organization_uri = ? order by name")
                .param(organizationUri).query(String.class).list();
    }

    List<String> namesOwnedBy(String organizationUri, String team) {
        return jdbc.sql("select name from environments where organization_uri = ? and admin_team = ? order by name")
                .params(organizationUri, team).query(String.class).list();
    }

    List<EnvironmentTeam> invitedTeams(String uri) {
        return jdbc.sql("select team, permissions, invited_by, invited_at from environment_teams where environment_uri = ? order by team")
                .param(uri)
                .query((rs, row) -> team(rs))
                .list();
    }

    Optional<EnvironmentTeam> invitedTeam(String uri, String team) {
        return invitedTeams(uri).stream().filter(invited -> invited.team().equals(team)).findFirst();
    }

    /** Teams that see the environment: its admin team and every invited team. */
    Set<String> members(Environment environment) {
        Set<String> members = new HashSet<>();
        members.add(environment.adminTeam());
        invitedTeams(environment.uri()).forEach(team -> members.add(team.team()));
        return members;
    }

    /** Teams that hold {@code permission}: none if the permission's feature is switched off. */
    Set<String> teamsWith(Environment environment, EnvironmentPermission permission) {
        if (!environment.features().allows(permission)) {
            return Set.of();
        }
        Set<String> teams = new HashSet<>();
        teams.add(environment.adminTeam());
        invitedTeams(environment.uri()).stream()
                .filter(team -> team.permissions().contains(permission))
                .forEach(team -> teams.add(team.team()));
        return teams;
    }

    boolean invite(String uri, String team, Set<EnvironmentPermission> permissions, String invitedBy) {
        return jdbc.sql("""
                insert into environment_teams (environment_uri, team, permissions, invited_by)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(uri, team, SqlArrays.names(permissions), invitedBy)
                .update() == 1;
    }

    void updatePermissions(String uri, String team, Set<EnvironmentPermission> permissions) {
        jdbc.sql("update environment_teams set permissions = ? where environment_uri = ? and team = ?")
                .params(SqlArrays.names(permissions), uri, team)
                .update();
    }

    void removeTeam(String uri, String team) {
        jdbc.sql("delete from environment_teams where environment_uri = ? and team = ?").params(uri, team).update();
    }

    Map<String, String> kvTags(String uri) {
        Map<String, String> tags = new LinkedHashMap<>();
        jdbc.sql("select key, value from environment_kv_tags where environment_uri = ? order by key")
                .param(uri)
                .query(rs -> {
                    tags.put(rs.getString("key"), rs.getString("value"));
                });
        return tags;
    }

    void replaceKvTags(String uri, Map<String, String> tags) {
        jdbc.sql("delete from environment_kv_tags where environment_uri = ?").param(uri).update();
        tags.forEach((key, value) -> jdbc.sql("insert into environment_kv_tags (environment_uri, key, value) values (?, ?, ?)")
                .params(uri, key, value)
                .update());
    }



    private static EnvironmentTeam team(ResultSet rs) throws SQLException {
        return new EnvironmentTeam(rs.getString("team"), false,
                SqlArrays.enumSet(rs.getArray("permissions"), EnvironmentPermission.class),
                rs.getString("invited_by"), rs.getTimestamp("invited_at").toInstant());
    }

    private static Environment environment(ResultSet rs, int row) throws SQLException {
        return new Environment(rs.getString("uri"), rs.getString("organization_uri"), rs.getString("name"),
                rs.getString("description"), rs.getString("region"), rs.getString("resource_prefix"),
                rs.getString("admin_team"), SqlArrays.strings(rs.getArray("tags")),
                new EnvironmentFeatures(rs.getBoolean("worksheets_enabled"), rs.getBoolean("dashboards_enabled"),
                        rs.getBoolean("pipelines_enabled"), rs.getBoolean("notebooks_enabled")),
                Path.of(rs.getString("storage_root")), StackStatus.valueOf(rs.getString("stack_status")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
