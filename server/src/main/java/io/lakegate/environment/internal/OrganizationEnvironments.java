package io.lakegate.environment.internal;

import java.util.List;

import io.lakegate.organization.OrganizationUsage;
import org.springframework.stereotype.Component;

/** Tells the organization module which environments it holds. */
@Component
class OrganizationEnvironments implements OrganizationUsage {

    private final EnvironmentRepository environments;

    OrganizationEnvironments(EnvironmentRepository environments) {
        this.environments = environments;
    }

    @Override
    public List<String> resourcesIn(String organizationUri) {
        return environments.namesInOrganization(organizationUri);
    }

    @Override
    public List<String> resourcesOwnedBy(String organizationUri, String team) {
        return environments.namesOwnedBy(organizationUri, team);
    }
}
