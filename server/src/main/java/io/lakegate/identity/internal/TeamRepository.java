package io.lakegate.identity.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.lakegate.identity.TeamMember;
import io.lakegate.identity.TenantPermission;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.SqlLike;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class TeamRepository {

    private final JdbcClient jdbc;
    private final String adminTeam;
    private final IdentityVersion version;

    TeamRepository(JdbcClient jdbc, LakegateProperties properties, IdentityVersion version) {
        this.jdbc = jdbc;
        this.adminTeam = properties.adminTeam();
        this.version = version;
    }

    public boolean exists(String team) {
        return jdbc.sql("select exists (select 1 from teams where name = ?)").param(team).query(Boolean.class).single();
    }

    /** Creates the team with every tenant permission, as data.all does for a newly onboarded group. */
    @Transactional
    public boolean createIfMissing(String team, String source) {
        int created = jdbc.sql("insert into teams (name, source) values (?, ?) on conflict do nothing")
                .params(team, source)
                .update();
        if (created == 1) {
            for (TenantPermission permission : TenantPermission.values()) {
                jdbc.sql("insert into team_permissions (team, permission) values (?, ?)")
                        .params(team, permission.name())
                        .update();
            }
        }
        return created == 1;
    }

    public boolean hasPermission(String team, TenantPermission permission) {
        return team.equals(adminTeam) || jdbc.sql("select exists (select 1 from team_permissions where team = ? and permission = ?)")
                .params(team, permission.name())
                .query(Boolean.class)
                .single();
    }

    public Set<TenantPermission> permissions(String team) {
        if (team.equals(adminTeam)) {
            return EnumSet.allOf(TenantPermission.class);
        }
        List<TenantPermission> permissions = jdbc.sql("select permission from team_permissions where team = ?")
                .param(team)
                .query((rs, row) -> TenantPermission.valueOf(rs.getString(1)))
                .list();
        return permissions.isEmpty() ? EnumSet.noneOf(TenantPermission.class) : EnumSet.copyOf(permissions);
    }

    @Transactional
    public void replacePermissions(String team, Set<TenantPermission> permissions) {
        jdbc.sql("delete from team_permissions where team = ?").param(team).update();
        for (TenantPermission permission : permissions) {
            jdbc.sql("insert into team_permissions (team, permission) values (?, ?)")
                    .params(team, permission.name())
                    .update();
        }
    }

    public List<TeamView> list(String term) {
        return jdbc.sql("""
                select t.name, t.source, t.created_at, count(m.username) as members
                from teams t left join memberships m on m.team = t.name
                where cast(? as text) is null or t.name ilike ? escape '\\'
                group by t.name order by t.name""")
                .params(SqlLike.containing(term), SqlLike.containing(term))
                .query((rs, row) -> new TeamView(rs.getString("name"), rs.getString("source"),
                        rs.getString("name").equals(adminTeam), rs.getInt("members"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public List<String> members(String team) {
        return jdbc.sql("select username from memberships where team = ? order by username").param(team)
                .query(String.class).list();
    }

    /** The members of any of the teams, each once, ordered by username. */
    public List<TeamMember> membersOf(Collection<String> teams) {
        return jdbc.sql("""
                select distinct u.username, u.display_name, u.email
                from users u join memberships m on m.username = u.username
                where m.team = any(?) order by u.username""")
                .param(teams.toArray(String[]::new))
                .query((rs, row) -> new TeamMember(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("email")))
                .list();
    }

    public boolean addMember(String team, String username) {
        version.changed();
        return jdbc.sql("insert into memberships (username, team) values (?, ?) on conflict do nothing")
                .params(username, team)
                .update() == 1;
    }

    public boolean removeMember(String team, String username) {
        version.changed();
        return jdbc.sql("delete from memberships where username = ? and team = ?").params(username, team).update() == 1;
    }

    public String adminTeam() {
        return adminTeam;
    }
}
