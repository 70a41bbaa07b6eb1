package io.lakegate.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import io.lakegate.identity.internal.TeamRepository;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.AuditContext;
import org.springframework.stereotype.Component;

/**
 * The one way every service checks who may do what. Modules work out which teams hold a right on a
 * resource; this class decides for the principal, names the acting team in the audit record, and
 * phrases every refusal the same way: "User: john is not authorized to perform: X on Y".
 */
@Component
public class Authorizer {

    public static final String TENANT = "lakegate";

    private final TeamRepository teams;

    Authorizer(TeamRepository teams) {
        this.teams = teams;
    }

    /** The caller must belong to the admin team. */
    public void requireAdmin(Principal principal, String action) {
        if (!principal.admin()) {
            throw denied(principal, action, TENANT);
        }
    }

    /** The caller acts for {@code team}: they must belong to it and it must hold {@code permission}. */
    public void requireTenantPermission(Principal principal, String team, TenantPermission permission) {
        requireMember(principal, team, permission.name(), TENANT);
        if (!teams.hasPermission(team, permission)) {
            throw denied(principal, permission.name(), TENANT);
        }
    }

    /** The caller acts for {@code team} and must belong to it. */
    public void requireMember(Principal principal, String team, String action, String resource) {
        if (!principal.isMemberOf(team)) {
            throw ApiProblem.forbidden("%s is not authorized to perform: %s on %s as team %s, which they do not belong to"
                    .formatted(principal.describe(), action, resource, team));
        }
        AuditContext.actingTeam(team);
    }

    /**
     * The caller needs one of {@code allowedTeams}; returns the team it acts through (the first by name,
     * so that the choice is stable).
     */
    public String requireAnyTeam(Principal principal, String action, String resource, Collection<String> allowedTeams) {
        String team = allowedTeams.stream()
                .filter(principal::isMemberOf)
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> denied(principal, action, resource));
        AuditContext.actingTeam(team);
        return team;
    }

    /**
     * The caller needs one of {@code allowedTeams} that also holds {@code tenantPermission}: the resource
     * grants the right, the tenant lets the team use it. Returns the acting team.
     */
    public String requireAnyTeam(Principal principal, String action, String resource, Collection<String> allowedTeams,
            TenantPermission tenantPermission) {
        List<String> candidates = allowedTeams.stream().filter(principal::isMemberOf).sorted().toList();
        if (candidates.isEmpty()) {
            throw denied(principal, action, resource);
        }
        String team = candidates.stream()
                .filter(candidate -> teams.hasPermission(candidate, tenantPermission))
                .findFirst()
                .orElseThrow(() -> denied(principal, tenantPermission.name(), TENANT));
        AuditContext.actingTeam(team);
        return team;
    }


    public ApiProblem denied(Principal principal, String action, String resource) {
        return ApiProblem.forbidden("%s is not authorized to perform: %s on %s"
                .formatted(principal.describe(), action, resource));
    }
}
