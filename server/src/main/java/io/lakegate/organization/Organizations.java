package io.lakegate.organization;

import java.util.Optional;

import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.organization.internal.Organization;
import io.lakegate.organization.internal.OrganizationRepository;
import io.lakegate.platform.ApiProblem;
import org.springframework.stereotype.Service;

/** The organization module's API for other modules. */
@Service
public class Organizations {

    private final OrganizationRepository repository;
    private final Authorizer authorizer;

    Organizations(OrganizationRepository repository, Authorizer authorizer) {
        this.repository = repository;
        this.authorizer = authorizer;
    }

    public Optional<OrganizationSummary> find(String uri) {
        return repository.find(uri).map(Organizations::summary);
    }

    /** The active organization of that name, compared without case. */
    public Optional<OrganizationSummary> findByName(String name) {
        return repository.findByName(name).map(Organizations::summary);
    }

    /**
     * {@code team} acts in the organization: the caller must belong to it, and it must hold
     * {@code permission} there and {@code tenantPermission} in the tenant.
     */
    public OrganizationSummary requireTeamPermission(Principal principal, String organizationUri, String team,
            OrganizationPermission permission, TenantPermission tenantPermission) {
        OrganizationSummary organization = find(organizationUri).orElseThrow(() ->
                ApiProblem.invalid("organizationUri", "There is no organization '%s'".formatted(organizationUri)));
        authorizer.requireTenantPermission(principal, team, tenantPermission);
        if (!repository.teamsWith(organizationUri, permission).contains(team)) {
            throw authorizer.denied(principal, permission.name(), "organization " + organizationUri);
        }
        return organization;
    }

    private static OrganizationSummary summary(Organization organization) {
        return new OrganizationSummary(organization.uri(), organization.name(), organization.adminTeam());
    }
}
