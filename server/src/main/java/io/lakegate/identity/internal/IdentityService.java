package io.lakegate.identity.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Directory;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.identity.internal.IdentityRequests.CreateUser;
import io.lakegate.identity.internal.IdentityRequests.UpdateUser;
import io.lakegate.identity.internal.IdentityViews.Me;
import io.lakegate.identity.internal.IdentityViews.TeamDetails;
import io.lakegate.identity.internal.IdentityViews.TeamPermissionsView;
import io.lakegate.identity.internal.IdentityViews.UserView;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.maintenance.Maintenance;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, teams, memberships and tenant permissions, managed by the admin team. */
@Service
class IdentityService {

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwords;
    private final Authorizer authorizer;
    private final Maintenance maintenance;
    private final Directory directory;

    IdentityService(UserRepository users, TeamRepository teams, PasswordEncoder passwords, Authorizer authorizer,
            Maintenance maintenance, Directory directory) {
        this.directory = directory;
        this.users = users;
        this.teams = teams;
        this.passwords = passwords;
        this.authorizer = authorizer;
        this.maintenance = maintenance;
    }

    Me me(Principal principal) {
        Map<String, Set<TenantPermission>> byTeam = new LinkedHashMap<>();
        Set<TenantPermission> all = EnumSet.noneOf(TenantPermission.class);
        for (String team : new TreeSet<>(principal.teams())) {
            Set<TenantPermission> permissions = teams.permissions(team);
            byTeam.put(team, permissions);
            all.addAll(permissions);
        }
        return new Me(principal.kind().name(), principal.name(), principal.displayName(), principal.email(),
                principal.admin(), List.copyOf(byTeam.keySet()), all, byTeam, principal.ownerTeam(),
                principal.environment(), maintenance.status());
    }

    @Transactional
    void changeOwnPassword(Principal principal, String currentPassword, String newPassword) {
        StoredUser user = users.find(principal.id())
                .filter(found -> principal.kind() == Principal.Kind.USER && found.passwordHash() != null)
                .orElseThrow(() -> ApiProblem.forbidden(principal.describe() + " has no local password to change"));
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw ApiProblem.invalid("currentPassword", "The current password is not correct");
        }
        users.updatePassword(user.username(), passwords.encode(newPassword));
    }

    Page<UserView> listUsers(Principal principal, String term, PageRequest page) {
        authorizer.requireAdmin(principal, "LIST_USERS");
        return users.list(term, page).map(UserView::of);
    }

    UserView getUser(Principal principal, String username) {
        authorizer.requireAdmin(principal, "GET_USER");
        return UserView.of(user(username));
    }

    @Transactional
    UserView createUser(Principal principal, CreateUser request) {
        authorizer.requireAdmin(principal, "CREATE_USER");
        if (users.exists(request.username())) {
            throw ApiProblem.invalid("username", "A user named '%s' already exists".formatted(request.username()));
        }
        Set<String> memberOf = request.teams() == null ? Set.of() : request.teams();
        for (String team : memberOf) {
            directory.requireTeam("teams", team);
        }
        users.insert(request.username(), request.displayName(), request.email(), passwords.encode(request.password()), "LOCAL");
        memberOf.forEach(team -> teams.addMember(team, request.username()));
        return UserView.of(user(request.username()));
    }

    @Transactional
    UserView updateUser(Principal principal, String username, UpdateUser request) {
        authorizer.requireAdmin(principal, "UPDATE_USER");
        StoredUser user = user(username);
        users.update(username, request.displayName() == null ? user.displayName() : request.displayName(),
                request.email() == null ? user.email() : request.email());
        if (request.password() != null) {
            users.updatePassword(username, passwords.encode(request.password()));
        }
        return UserView.of(user(username));
    }

    @Transactional
    void deleteUser(Principal principal, String username) {
        authorizer.requireAdmin(principal, "DELETE_USER");
        user(username);
        if (username.equals(principal.id())) {
            throw ApiProblem.conflict("You cannot delete your own user");
        }
        users.delete(username);
    }

    /** Team names are not secret: every signed-in user may list them to invite one by name. */
    List<TeamView> listTeams(Principal principal, String term) {
        return teams.list(term == null || term.isBlank() ? null : term);
    }

    List<TeamView> listTeamsAsAdmin(Principal principal, String term) {
        authorizer.requireAdmin(principal, "LIST_TEAMS");
        return listTeams(principal, term);
    }

    TeamDetails getTeam(Principal principal, String team) {
        authorizer.requireAdmin(principal, "GET_TEAM");
        team(team);
        TeamView view = teams.list(null).stream().filter(t -> t.name().equals(team)).findFirst().orElseThrow();
        return new TeamDetails(view.name(), view.source(), view.adminTeam(), teams.permissions(team), teams.members(team),
                view.createdAt());
    }

    @Transactional
    TeamDetails createTeam(Principal principal, String name) {
        authorizer.requireAdmin(principal, "CREATE_TEAM");
        if (!teams.createIfMissing(name, "LOCAL")) {
            throw ApiProblem.invalid("name", "A team named '%s' already exists".formatted(name));
        }
        return getTeam(principal, name);
    }

    @Transactional
    void addMember(Principal principal, String team, String username) {
        authorizer.requireAdmin(principal, "ADD_TEAM_MEMBER");
        team(team);
        user(username);
        teams.addMember(team, username);
    }

    @Transactional
    void removeMember(Principal principal, String team, String username) {
        authorizer.requireAdmin(principal, "REMOVE_TEAM_MEMBER");
        team(team);
        if (team.equals(teams.adminTeam()) && username.equals(principal.id())) {
            throw ApiProblem.conflict("You cannot remove yourself from the admin team");
        }
        if (!teams.removeMember(team, username)) {
            throw ApiProblem.notFound("Member of team " + team, username);
        }
    }

    TeamPermissionsView permissions(Principal principal, String team) {
        authorizer.requireAdmin(principal, "GET_TENANT_PERMISSIONS");
        team(team);
        return new TeamPermissionsView(team, team.equals(teams.adminTeam()), teams.permissions(team));
    }

    @Transactional
    TeamPermissionsView replacePermissions(Principal principal, String team, Set<TenantPermission> permissions) {
        authorizer.requireAdmin(principal, "MANAGE_TENANT_PERMISSIONS");
        team(team);
        if (team.equals(teams.adminTeam())) {
            throw ApiProblem.invalid("team", "The admin team '%s' always holds every tenant permission".formatted(team));
        }
        teams.replacePermissions(team, permissions);
        return permissions(principal, team);
    }

    private StoredUser user(String username) {
        return users.find(username).orElseThrow(() -> ApiProblem.notFound("User", username));
    }

    private void team(String team) {
        if (!teams.exists(team)) {
            throw ApiProblem.notFound("Team", team);
        }
    }

}
