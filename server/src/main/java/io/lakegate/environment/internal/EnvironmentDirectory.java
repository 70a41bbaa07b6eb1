package io.lakegate.environment.internal;

import java.util.Optional;

import io.lakegate.environment.ConsumptionPrincipalSummary;
import io.lakegate.environment.EnvironmentPermission;
import io.lakegate.environment.EnvironmentSummary;
import io.lakegate.environment.Environments;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.platform.ApiProblem;
import org.springframework.stereotype.Service;

@Service
class EnvironmentDirectory implements Environments {

    private final EnvironmentRepository environments;
    private final ConsumptionPrincipalRepository consumptionPrincipals;
    private final Authorizer authorizer;

    EnvironmentDirectory(EnvironmentRepository environments, ConsumptionPrincipalRepository consumptionPrincipals,
            Authorizer authorizer) {
        this.environments = environments;
        this.consumptionPrincipals = consumptionPrincipals;
        this.authorizer = authorizer;
    }

    @Override
    public Optional<EnvironmentSummary> find(String uri) {
        return environments.find(uri).map(EnvironmentDirectory::summary);
    }

    @Override
    public Optional<EnvironmentSummary> findByName(String organizationUri, String name) {
        return environments.findByName(organizationUri, name).map(EnvironmentDirectory::summary);
    }

    @Override
    public Optional<ConsumptionPrincipalSummary> findConsumptionPrincipal(String uri) {
        return consumptionPrincipals.find(uri).map(principal -> new ConsumptionPrincipalSummary(principal.uri(),
                principal.environmentUri(), principal.name(), principal.ownerTeam()));
    }

    @Override
    public EnvironmentSummary requireTeamPermission(Principal principal, String environmentUri, String team,
            EnvironmentPermission permission, TenantPermission tenantPermission) {
        Environment environment = environments.find(environmentUri).orElseThrow(() ->
                ApiProblem.invalid("environmentUri", "There is no environment '%s'".formatted(environmentUri)));
        authorizer.requireTenantPermission(principal, team, tenantPermission);
        if (!environments.teamsWith(environment, permission).contains(team)) {
            throw authorizer.denied(principal, permission.name(), "environment " + environmentUri);
        }
        return summary(environment);
    }

    private static EnvironmentSummary summary(Environment environment) {
        return new EnvironmentSummary(environment.uri(), environment.organizationUri(), environment.name(),
                environment.region(), environment.resourcePrefix(), environment.adminTeam(), environment.storageRoot(),
                environment.stackStatus());
    }
}
