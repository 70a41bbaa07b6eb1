package io.lakegate.identity.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.lakegate.identity.Principal;
import io.lakegate.identity.internal.StoredUser;
import io.lakegate.identity.internal.TeamRepository;
import io.lakegate.identity.internal.UserRepository;
import io.lakegate.platform.LakegateProperties;
import org.springframework.stereotype.Component;

/** Builds principals from stored users and from identity-provider tokens. */
@Component
public class Principals {

    private final UserRepository users;
    private final TeamRepository teams;
    private final String adminTeam;
    private final Set<String> knownTeams = ConcurrentHashMap.newKeySet();
    private final Set<String> knownUsers = ConcurrentHashMap.newKeySet();

    Principals(UserRepository users, TeamRepository teams, LakegateProperties properties) {
        this.users = users;
        this.teams = teams;
        this.adminTeam = properties.adminTeam();
    }

    public Optional<Principal> localUser(String username) {
        return users.find(username).map(this::of);
    }

    /** A user of the identity provider: teams are the token's groups; new groups become teams with every permission. */
    Principal external(String username, String displayName, String email, Collection<String> groups) {
        for (String group : groups) {
            if (!knownTeams.contains(group)) {
                teams.createIfMissing(group, "OIDC");
                knownTeams.add(group);
            }
        }
        if (knownUsers.add(username)) {
            users.upsertExternal(username, displayName == null ? username : displayName, email);
        }
        return Principal.user(username, displayName == null ? username : displayName, email, Set.copyOf(groups),
                groups.contains(adminTeam));
    }

    private Principal of(StoredUser user) {
        return Principal.user(user.username(), user.displayName(), user.email(), user.teams(),
                user.teams().contains(adminTeam));
    }
}
