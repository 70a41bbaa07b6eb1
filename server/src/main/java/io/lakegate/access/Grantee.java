package io.lakegate.access;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.lakegate.identity.Principal;

/** Who a grant is to: a team, whose members read through it, or one consumption principal (by its URI). */
public record Grantee(Type type, String id) {

    public enum Type { TEAM, CONSUMPTION_PRINCIPAL }

    public Grantee {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Grantee team(String team) {
        return new Grantee(Type.TEAM, team);
    }

    public static Grantee consumptionPrincipal(String uri) {
        return new Grantee(Type.CONSUMPTION_PRINCIPAL, uri);
    }

    /** Every grantee the principal reads as: a user's teams, or the consumption principal itself. */
    public static Set<Grantee> of(Principal principal) {
        return principal.kind() == Principal.Kind.CONSUMPTION_PRINCIPAL
                ? Set.of(consumptionPrincipal(principal.id()))
                : principal.teams().stream().map(Grantee::team).collect(Collectors.toUnmodifiableSet());
    }
}
