package io.lakegate.identity;

import java.util.Set;

import io.lakegate.platform.Actor;

/**
 * The one principal a request acts as: a user with their teams, or a consumption principal (a service
 * account owned by a team, authenticated by an API token). A consumption principal holds no team
 * membership: it reads what is shared with it and administers nothing.
 *
 * @param id          the username, or the consumption principal's URI
 * @param name        the username, or the consumption principal's name
 * @param ownerTeam   for a consumption principal, the team that owns it
 * @param environment for a consumption principal, its environment's URI
 */
public record Principal(Kind kind, String id, String name, String displayName, String email, Set<String> teams,
        boolean admin, String ownerTeam, String environment) implements Actor {

    public enum Kind { USER, CONSUMPTION_PRINCIPAL }

    public Principal {
        teams = Set.copyOf(teams);
    }

    public static Principal user(String username, String displayName, String email, Set<String> teams, boolean admin) {
        return new Principal(Kind.USER, username, username, displayName, email, teams, admin, null, null);
    }

    public static Principal consumptionPrincipal(String uri, String name, String ownerTeam, String environment) {
        return new Principal(Kind.CONSUMPTION_PRINCIPAL, uri, name, name, null, Set.of(), false, ownerTeam, environment);
    }

    public boolean isMemberOf(String team) {
        return teams.contains(team);
    }

    /** How refusals name the caller, in the guide's words: "User: john". */
    public String describe() {
        return (kind == Kind.USER ? "User: " : "Consumption principal: ") + name;
    }
}
