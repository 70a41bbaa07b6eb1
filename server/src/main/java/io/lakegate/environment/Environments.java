package io.lakegate.environment;

import java.util.Optional;
import java.util.Set;

import io.lakegate.environment.internal.Environment;
import io.lakegate.environment.internal.EnvironmentRepository;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.platform.ApiProblem;
import org.springframework.stereotype.Service;

/** The environment module's API for other modules. */
@Service
public class Environments {

    private final EnvironmentRepository environments;
    private final Authorizer authorizer;

    Environments(EnvironmentRepository environments, Authorizer authorizer) {
        this.environments = environments;
        this.authorizer = authorizer;
    }

    public Optional<EnvironmentSummary> find(String uri) {
        return environments.find(uri).map(Environment::summary);
    }

    /**
     * {@code team} acts in the environment: the caller must belong to it, and it must hold
     * {@code permission} there (with the permission's feature switched on) and {@code tenantPermission}.
     */
    public EnvironmentSummary requireTeamPermission(Principal principal, String environmentUri, String team,
            EnvironmentPermission permission, TenantPermission tenantPermission) {
        Environment environment = environments.find(environmentUri).orElseThrow(() ->
                ApiProblem.invalid("environmentUri", "There is no environment '%s'".formatted(environmentUri)));
        authorizer.requireTenantPermission(principal, team, tenantPermission);
        if (!environments.teamsWith(environment, permission).contains(team)) {
            throw authorizer.denied(principal, permission.name(), "environment " + environmentUri);
        }
        return environment.summary();
    }

    /** The teams that see the environment: its admin team and every invited team. */
    public Set<String> members(String environmentUri) {
        return environments.find(environmentUri).map(environments::members).map(Set::copyOf).orElse(Set.of());
    }
}
