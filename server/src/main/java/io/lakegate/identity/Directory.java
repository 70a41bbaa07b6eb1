package io.lakegate.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.lakegate.identity.internal.TeamRepository;
import io.lakegate.identity.internal.UserRepository;
import io.lakegate.identity.security.Principals;
import io.lakegate.platform.ApiProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of the user directory. */
@Service
public class Directory {

    private final TeamRepository teams;
    private final UserRepository users;
    private final Principals principals;
    private final PasswordEncoder passwords;

    Directory(TeamRepository teams, UserRepository users, Principals principals, PasswordEncoder passwords) {
        this.teams = teams;
        this.users = users;
        this.principals = principals;
        this.passwords = passwords;
    }

    /** Refuses a request naming a team that does not exist, as bad input in {@code field}. */
    public void requireTeam(String field, String team) {
        if (!teams.exists(team)) {
            throw ApiProblem.invalid(field, "There is no team named '%s'".formatted(team));
        }
    }

    public String adminTeam() {
        return teams.adminTeam();
    }

    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    /**
     * The users who belong to any of the teams, each once, ordered by username. Only memberships the directory
     * holds count: users of an OIDC provider belong to the groups of their token, which it does not hold.
     */
    public List<TeamMember> membersOf(Collection<String> teams) {
        return this.teams.membersOf(teams);
    }

    /** The principal a local user signs in as. */
    public Principal principalOf(String username) {
        return principals.localUser(username).orElseThrow(() -> ApiProblem.notFound("User", username));
    }

    /** Creates the team (with every tenant permission) unless it exists. */
    public void ensureTeam(String team) {
        teams.createIfMissing(team, "LOCAL");
    }

    /** Creates a local user with that password and adds them to the teams, unless the user exists. */
    @Transactional
    public boolean ensureUser(String username, String displayName, String email, String password, Set<String> memberOf) {
        if (users.exists(username)) {
            return false;
        }
        users.insert(username, displayName, email, passwords.encode(password), "LOCAL");
        memberOf.forEach(team -> {
            teams.createIfMissing(team, "LOCAL");
            teams.addMember(team, username);
        });
        return true;
    }
}
