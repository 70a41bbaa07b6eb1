package io.lakegate.environment;

import java.util.Optional;

import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;

/** The environment module's API for other modules. */
public interface Environments {

    Optional<EnvironmentSummary> find(String uri);

    /** The organization's environment of that name, compared without case. */
    Optional<EnvironmentSummary> findByName(String organizationUri, String name);

    Optional<ConsumptionPrincipalSummary> findConsumptionPrincipal(String uri);

    /**
     * {@code team} acts in the environment: the caller must belong to it, and it must hold {@code permission}
     * there (with the permission's feature switched on) and {@code tenantPermission} in the tenant. An unknown
     * environment is a bad {@code environmentUri} field.
     */
    EnvironmentSummary requireTeamPermission(Principal principal, String environmentUri, String team,
            EnvironmentPermission permission, TenantPermission tenantPermission);
}
