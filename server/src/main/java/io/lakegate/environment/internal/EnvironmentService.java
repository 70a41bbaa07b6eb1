package io.lakegate.environment.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.environment.EnvironmentFeatures;
import io.lakegate.environment.EnvironmentPermission;
import io.lakegate.environment.EnvironmentUsage;
import io.lakegate.environment.internal.EnvironmentApi.CreateEnvironment;
import io.lakegate.environment.internal.EnvironmentApi.EnvironmentView;
import io.lakegate.environment.internal.EnvironmentApi.Role;
import io.lakegate.environment.internal.EnvironmentApi.UpdateEnvironment;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Directory;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.organization.OrganizationPermission;
import io.lakegate.organization.Organizations;
import io.lakegate.platform.ApiProblem;
import io.lakegate.storage.LocalDirectories;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.ShortUris;
import io.lakegate.platform.Tags;
import io.lakegate.platform.provisioning.ProvisioningRecord;
import io.lakegate.platform.provisioning.Provisioning;
import io.lakegate.platform.provisioning.ProvisioningRecords;
import io.lakegate.platform.provisioning.StackStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Environments, their teams and key-value tags (guide 3.2). */
@Service
class EnvironmentService {

    private final EnvironmentRepository environments;
    private final ConsumptionPrincipalRepository consumptionPrincipals;
    private final Organizations organizations;
    private final Authorizer authorizer;
    private final Directory directory;
    private final Provisioning provisioning;
    private final ProvisioningRecords records;
    private final ObjectProvider<EnvironmentUsage> usages;
    private final Path environmentsRoot;

    EnvironmentService(EnvironmentRepository environments, ConsumptionPrincipalRepository consumptionPrincipals,
            Organizations organizations, Authorizer authorizer, Directory directory, Provisioning provisioning,
            ProvisioningRecords records, ObjectProvider<EnvironmentUsage> usages, LakegateProperties properties) {
        this.environments = environments;
        this.consumptionPrincipals = consumptionPrincipals;
        this.organizations = organizations;
        this.authorizer = authorizer;
        this.directory = directory;
        this.provisioning = provisioning;
        this.records = records;
        this.usages = usages;
        this.environmentsRoot = properties.dataDir().resolve("environments");
    }

    @Transactional
    EnvironmentView create(Principal principal, CreateEnvironment request) {
        directory.requireTeam("team", request.team());
        organizations.requireTeamPermission(principal, request.organizationUri(), request.team(),
                OrganizationPermission.LINK_ENVIRONMENT, TenantPermission.MANAGE_ENVIRONMENTS);
        String uri = ShortUris.next();
        Environment environment = new Environment(uri, request.organizationUri(), request.name().strip(),
                request.description(),
                request.region() == null || request.region().isBlank() ? "local" : request.region().strip(),
                request.resourcePrefix(), request.team(), Tags.normalize(request.tags()),
                EnvironmentFeatures.ALL.with(request.features()),
                environmentsRoot.resolve(request.resourcePrefix() + "-" + uri), StackStatus.PENDING, principal.name(),
                null, null);
        if (!environments.insert(environment)) {
            throw nameTaken(environment.name());
        }
        provisioning.requestCreate(EnvironmentProvisioning.TARGET_TYPE, uri);
        return view(principal, require(uri));
    }

    Page<EnvironmentView> list(Principal principal, String organizationUri, String term, PageRequest page) {
        Page<EnvironmentRepository.ListedEnvironment> found = environments.listFor(principal.teams(),
                blankToNull(organizationUri), blankToNull(term), page);
        return found.map(listed -> view(principal, listed.environment(), listed.invitedPermissions()));
    }

    EnvironmentView get(Principal principal, String uri) {
        Environment environment = require(uri);
        authorizer.requireAnyTeam(principal, "GET_ENVIRONMENT", resource(uri), members(environment));
        return view(principal, environment);
    }

    @Transactional
    EnvironmentView update(Principal principal, String uri, UpdateEnvironment request) {
        Environment environment = requireOwner(principal, uri, "UPDATE_ENVIRONMENT");
        Environment updated = new Environment(uri, environment.organizationUri(),
                request.name() == null ? environment.name() : request.name().strip(),
                request.description() == null ? environment.description() : request.description(),
                environment.region(),
                request.resourcePrefix() == null ? environment.resourcePrefix() : request.resourcePrefix(),
                environment.adminTeam(),
                request.tags() == null ? environment.tags() : Tags.normalize(request.tags()),
                environment.features().with(request.features()), environment.storageRoot(), environment.stackStatus(),
                environment.createdBy(), environment.createdAt(), environment.updatedAt());
        if (updated.name().isEmpty()) {
            throw ApiProblem.invalid("name", "name must not be blank");
        }
        if (!environments.update(updated)) {
            throw nameTaken(updated.name());
        }
        provisioning.requestUpdate(uri);
        return view(principal, require(uri));
    }

    @Transactional
    void delete(Principal principal, String uri, boolean deleteStorage) {
        Environment environment = requireOwner(principal, uri, "DELETE_ENVIRONMENT");
        List<String> resources = usages.orderedStream().flatMap(usage -> usage.resourcesIn(uri).stream()).toList();
        if (!resources.isEmpty()) {
            throw ApiProblem.conflict("Remove all environment related objects before proceeding with the deletion: "
                    + "environment %s still holds %s".formatted(uri, String.join(", ", resources)));
        }
        environments.delete(uri);
        records.delete(uri);
        if (deleteStorage) {
            LocalDirectories.deleteRecursively(environment.storageRoot());
        }
    }

    ProvisioningRecord stack(Principal principal, String uri) {
        requireAdminTeam(principal, uri, "GET_ENVIRONMENT_STACK");
        return records.find(uri).orElseThrow(() -> ApiProblem.notFound("Stack of environment", uri));
    }

    @Transactional
    ProvisioningRecord updateStack(Principal principal, String uri) {
        requireOwner(principal, uri, "UPDATE_ENVIRONMENT_STACK");
        return provisioning.requestRerun(uri);
    }

    List<EnvironmentTeam> teams(Principal principal, String uri) {
        Environment environment = require(uri);
        authorizer.requireAnyTeam(principal, "LIST_ENVIRONMENT_TEAMS", resource(uri), members(environment));
        List<EnvironmentTeam> teams = new ArrayList<>();
        teams.add(new EnvironmentTeam(environment.adminTeam(), true, EnumSet.allOf(EnvironmentPermission.class),
                environment.createdBy(), environment.createdAt()));
        teams.addAll(environments.invitedTeams(uri));
        return teams;
    }

    @Transactional
    EnvironmentTeam invite(Principal principal, String uri, String team, Set<EnvironmentPermission> permissions) {
        Environment environment = require(uri);
        String actingTeam = authorizer.requireAnyTeam(principal, EnvironmentPermission.INVITE_TEAM.name(), resource(uri),
                teamsWith(environment, EnvironmentPermission.INVITE_TEAM), TenantPermission.MANAGE_ENVIRONMENTS);
        if (!actingTeam.equals(environment.adminTeam())) {
            Set<EnvironmentPermission> own = permissionsOf(environment, actingTeam);
            Set<EnvironmentPermission> beyond = EnumSet.noneOf(EnvironmentPermission.class);
            beyond.addAll(permissions);
            beyond.removeAll(own);
            if (!beyond.isEmpty()) {
                throw ApiProblem.forbidden("%s cannot grant permissions that team %s does not hold in environment %s: %s"
                        .formatted(principal.describe(), actingTeam, uri, beyond));
            }
        }
        directory.requireTeam("team", team);
        if (team.equals(environment.adminTeam()) || !environments.invite(uri, team, permissions, principal.name())) {
            throw ApiProblem.invalid("team", "Team '%s' is already a team of environment %s".formatted(team, uri));
        }
        return environments.invitedTeam(uri, team).orElseThrow();
    }

    @Transactional
    EnvironmentTeam updateTeam(Principal principal, String uri, String team, Set<EnvironmentPermission> permissions) {
        Environment environment = requireOwner(principal, uri, "UPDATE_ENVIRONMENT_TEAM");
        if (team.equals(environment.adminTeam())) {
            throw ApiProblem.invalid("team", "The admin team of an environment always holds every permission");
        }
        environments.invitedTeam(uri, team).orElseThrow(() -> ApiProblem.notFound("Team of environment " + uri, team));
        environments.updatePermissions(uri, team, permissions);
        return environments.invitedTeam(uri, team).orElseThrow();
    }

    @Transactional
    void removeTeam(Principal principal, String uri, String team) {
        Environment environment = requireOwner(principal, uri, "REMOVE_ENVIRONMENT_TEAM");
        if (team.equals(environment.adminTeam())) {
            throw ApiProblem.conflict("Team '%s' is the admin team of environment %s and cannot be removed".formatted(team, uri));
        }
        environments.invitedTeam(uri, team).orElseThrow(() -> ApiProblem.notFound("Team of environment " + uri, team));
        List<String> owned = new ArrayList<>(usages.orderedStream()
                .flatMap(usage -> usage.resourcesOwnedBy(uri, team).stream()).toList());
        owned.addAll(consumptionPrincipals.namesOwnedBy(uri, team).stream().map(name -> "consumption principal " + name).toList());
        if (!owned.isEmpty()) {
            throw ApiProblem.conflict("Team '%s' owns resources in environment %s (%s): remove them before removing the team"
                    .formatted(team, uri, String.join(", ", owned)));
        }
        environments.removeTeam(uri, team);
    }

    Map<String, String> keyValueTags(Principal principal, String uri) {
        requireAdminTeam(principal, uri, "GET_ENVIRONMENT_TAGS");
        return environments.kvTags(uri);
    }

    @Transactional
    Map<String, String> replaceKeyValueTags(Principal principal, String uri, Map<String, String> tags) {
        requireOwner(principal, uri, "UPDATE_ENVIRONMENT_TAGS");
        environments.replaceKvTags(uri, tags);
        return environments.kvTags(uri);
    }

    Set<String> members(Environment environment) {
        return environments.members(environment);
    }

    Set<String> teamsWith(Environment environment, EnvironmentPermission permission) {
        return environments.teamsWith(environment, permission);
    }

    Environment require(String uri) {
        return environments.find(uri).orElseThrow(() -> ApiProblem.notFound("Environment", uri));
    }

    /** Reads that are for the admin team: the stack and the key-value tags (guide 3.2.4). */
    private void requireAdminTeam(Principal principal, String uri, String action) {
        Environment environment = require(uri);
        authorizer.requireAnyTeam(principal, action, resource(uri), Set.of(environment.adminTeam()));
    }

    private Environment requireOwner(Principal principal, String uri, String action) {
        Environment environment = require(uri);
        authorizer.requireAnyTeam(principal, action, resource(uri), Set.of(environment.adminTeam()),
                TenantPermission.MANAGE_ENVIRONMENTS);
        return environment;
    }

    private Set<EnvironmentPermission> permissionsOf(Environment environment, String team) {
        if (team.equals(environment.adminTeam())) {
            return EnumSet.allOf(EnvironmentPermission.class);
        }
        return environments.invitedTeam(environment.uri(), team).map(EnvironmentTeam::permissions)
                .orElse(EnumSet.noneOf(EnvironmentPermission.class));
    }

    private EnvironmentView view(Principal principal, Environment environment) {
        Set<EnvironmentPermission> invited = EnumSet.noneOf(EnvironmentPermission.class);
        environments.invitedTeams(environment.uri()).stream()
                .filter(team -> principal.isMemberOf(team.team()))
                .forEach(team -> invited.addAll(team.permissions()));
        return view(principal, environment, invited);
    }

    /** The environment as the caller sees it; {@code invited} are the permissions their teams were invited with. */
    private EnvironmentView view(Principal principal, Environment environment, Set<EnvironmentPermission> invited) {
        boolean owner = principal.isMemberOf(environment.adminTeam());
        Set<EnvironmentPermission> permissions = owner
                ? EnumSet.allOf(EnvironmentPermission.class) : EnumSet.copyOf(invited);
        permissions.removeIf(permission -> !environment.features().allows(permission));
        String stackStatus = owner ? environment.stackStatus().name() : null;
        return new EnvironmentView(environment.uri(), environment.organizationUri(), environment.name(),
                environment.description(), environment.region(), environment.resourcePrefix(), environment.adminTeam(),
                environment.tags(), environment.features(), owner ? environment.storageRoot().toString() : null,
                stackStatus, environment.createdBy(), environment.createdAt(), environment.updatedAt(),
                owner ? Role.OWNER : Role.INVITED, permissions);
    }


    private static String resource(String uri) {
        return "environment " + uri;
    }

    private static ApiProblem nameTaken(String name) {
        return ApiProblem.invalid("name", "The organization already has an environment named '%s'".formatted(name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
