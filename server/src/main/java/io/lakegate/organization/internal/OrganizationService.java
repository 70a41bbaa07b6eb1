package io.lakegate.organization.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Directory;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.organization.OrganizationPermission;
import io.lakegate.organization.OrganizationUsage;
import io.lakegate.organization.internal.OrganizationApi.CreateOrganization;
import io.lakegate.organization.internal.OrganizationApi.OrganizationView;
import io.lakegate.organization.internal.OrganizationApi.Role;
import io.lakegate.organization.internal.OrganizationApi.UpdateOrganization;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.ShortUris;
import io.lakegate.platform.Tags;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations and their teams (guide 3.1.2). */
@Service
class OrganizationService {

    private final OrganizationRepository organizations;
    private final Authorizer authorizer;
    private final Directory directory;
    private final ObjectProvider<OrganizationUsage> usages;

    OrganizationService(OrganizationRepository organizations, Authorizer authorizer, Directory directory,
            ObjectProvider<OrganizationUsage> usages) {
        this.organizations = organizations;
        this.authorizer = authorizer;
        this.directory = directory;
        this.usages = usages;
    }

    @Transactional
    OrganizationView create(Principal principal, CreateOrganization request) {
        directory.requireTeam("team", request.team());
        authorizer.requireTenantPermission(principal, request.team(), TenantPermission.MANAGE_ORGANIZATIONS);
        Organization organization = new Organization(ShortUris.next(), request.name().strip(), request.description(),
                request.team(), Tags.normalize(request.tags()), principal.name(), null, null);
        if (!organizations.insert(organization)) {
            throw nameTaken(organization.name());
        }
        return view(principal, require(organization.uri()));
    }

    Page<OrganizationView> list(Principal principal, String term, PageRequest page) {
        return organizations.listFor(principal.teams(), blankToNull(term), page)
                .map(organization -> OrganizationView.of(organization, roleOf(principal, organization), null));
    }

    OrganizationView get(Principal principal, String uri) {
        Organization organization = require(uri);
        authorizer.requireAnyTeam(principal, "GET_ORGANIZATION", resource(uri), organizations.members(uri));
        return view(principal, organization);
    }

    @Transactional
    OrganizationView update(Principal principal, String uri, UpdateOrganization request) {
        Organization organization = require(uri);
        authorizer.requireAnyTeam(principal, "UPDATE_ORGANIZATION", resource(uri), Set.of(organization.adminTeam()),
                TenantPermission.MANAGE_ORGANIZATIONS);
        String name = request.name() == null ? organization.name() : request.name().strip();
        if (name.isEmpty()) {
            throw ApiProblem.invalid("name", "name must not be blank");
        }
        if (!organizations.update(uri, name,
                request.description() == null ? organization.description() : request.description(),
                request.tags() == null ? organization.tags() : Tags.normalize(request.tags()))) {
            throw nameTaken(name);
        }
        return view(principal, require(uri));
    }

    @Transactional
    void archive(Principal principal, String uri) {
        Organization organization = require(uri);
        authorizer.requireAnyTeam(principal, "ARCHIVE_ORGANIZATION", resource(uri), Set.of(organization.adminTeam()),
                TenantPermission.MANAGE_ORGANIZATIONS);
        List<String> resources = resourcesIn(uri);
        if (!resources.isEmpty()) {
            throw ApiProblem.conflict("Organization %s still has environments (%s): delete them before archiving it"
                    .formatted(uri, String.join(", ", resources)));
        }
        organizations.archive(uri);
    }

    List<OrganizationTeam> teams(Principal principal, String uri) {
        Organization organization = require(uri);
        authorizer.requireAnyTeam(principal, "LIST_ORGANIZATION_TEAMS", resource(uri), organizations.members(uri));
        List<OrganizationTeam> teams = new ArrayList<>();
        teams.add(new OrganizationTeam(organization.adminTeam(), true, EnumSet.allOf(OrganizationPermission.class),
                organization.createdBy(), organization.createdAt()));
        teams.addAll(organizations.invitedTeams(uri));
        return teams;
    }

    @Transactional
    OrganizationTeam invite(Principal principal, String uri, String team, Set<OrganizationPermission> permissions) {
        Organization organization = require(uri);
        authorizer.requireAnyTeam(principal, OrganizationPermission.INVITE_ORGANIZATION_TEAM.name(), resource(uri),
                organizations.teamsWith(uri, OrganizationPermission.INVITE_ORGANIZATION_TEAM),
                TenantPermission.MANAGE_ORGANIZATIONS);
        directory.requireTeam("team", team);
        if (team.equals(organization.adminTeam()) || !organizations.invite(uri, team, permissions, principal.name())) {
            throw ApiProblem.invalid("team", "Team '%s' is already a team of organization %s".formatted(team, uri));
        }
        return organizations.invitedTeam(uri, team).orElseThrow();
    }

    @Transactional
    OrganizationTeam updateTeam(Principal principal, String uri, String team, Set<OrganizationPermission> permissions) {
        Organization organization = require(uri);
        authorizer.requireAnyTeam(principal, OrganizationPermission.INVITE_ORGANIZATION_TEAM.name(), resource(uri),
                organizations.teamsWith(uri, OrganizationPermission.INVITE_ORGANIZATION_TEAM),
                TenantPermission.MANAGE_ORGANIZATIONS);
        if (team.equals(organization.adminTeam())) {
            throw ApiProblem.invalid("team", "The admin team of an organization always holds every permission");
        }
        organizations.invitedTeam(uri, team).orElseThrow(() -> ApiProblem.notFound("Team of organization " + uri, team));
        organizations.updatePermissions(uri, team, permissions);
        return organizations.invitedTeam(uri, team).orElseThrow();
    }

    @Transactional
    void removeTeam(Principal principal, String uri, String team) {
        Organization organization = require(uri);
        authorizer.requireAnyTeam(principal, OrganizationPermission.REMOVE_ORGANIZATION_TEAM.name(), resource(uri),
                organizations.teamsWith(uri, OrganizationPermission.REMOVE_ORGANIZATION_TEAM),
                TenantPermission.MANAGE_ORGANIZATIONS);
        if (team.equals(organization.adminTeam())) {
            throw ApiProblem.conflict("Team '%s' is the admin team of organization %s and cannot be removed".formatted(team, uri));
        }
        organizations.invitedTeam(uri, team).orElseThrow(() -> ApiProblem.notFound("Team of organization " + uri, team));
        List<String> owned = usages.orderedStream().flatMap(usage -> usage.resourcesOwnedBy(uri, team).stream()).toList();
        if (!owned.isEmpty()) {
            throw ApiProblem.conflict("Team '%s' owns environments in organization %s (%s): delete them before removing the team"
                    .formatted(team, uri, String.join(", ", owned)));
        }
        organizations.remove(uri, team);
    }

    private OrganizationView view(Principal principal, Organization organization) {
        return OrganizationView.of(organization, roleOf(principal, organization), resourcesIn(organization.uri()).size());
    }

    private List<String> resourcesIn(String uri) {
        return usages.orderedStream().flatMap(usage -> usage.resourcesIn(uri).stream()).toList();
    }

    private static Role roleOf(Principal principal, Organization organization) {
        return principal.isMemberOf(organization.adminTeam()) ? Role.ADMIN : Role.INVITED;
    }

    private Organization require(String uri) {
        return organizations.find(uri).orElseThrow(() -> ApiProblem.notFound("Organization", uri));
    }

    private static String resource(String uri) {
        return "organization " + uri;
    }

    private static ApiProblem nameTaken(String name) {
        return ApiProblem.invalid("name", "An organization named '%s' already exists".formatted(name));
    }

    private static String blankToNull(String term) {
        return term == null || term.isBlank() ? null : term.strip();
    }
}
