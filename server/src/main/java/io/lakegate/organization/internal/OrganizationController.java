package io.lakegate.organization.internal;

import java.net.URI;
import java.util.List;

import io.lakegate.identity.Principal;
import io.lakegate.organization.internal.OrganizationApi.CreateOrganization;
import io.lakegate.organization.internal.OrganizationApi.InviteTeam;
import io.lakegate.organization.internal.OrganizationApi.OrganizationView;
import io.lakegate.organization.internal.OrganizationApi.TeamPermissions;
import io.lakegate.organization.internal.OrganizationApi.UpdateOrganization;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Organizations")
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationController {

    private final OrganizationService organizations;

    OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @PostMapping
    ResponseEntity<OrganizationView> create(Principal caller, @Valid @RequestBody CreateOrganization request) {
        OrganizationView organization = organizations.create(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + organization.uri())).body(organization);
    }

    /** The organizations where a team of the caller is the admin team or invited. */
    @GetMapping
    Page<OrganizationView> list(Principal caller, @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return organizations.list(caller, term, PageRequest.of(page, size));
    }

    @GetMapping("/{uri}")
    OrganizationView get(Principal caller, @PathVariable String uri) {
        return organizations.get(caller, uri);
    }

    /** Edits name, description and tags; the admin team never changes. */
    @PatchMapping("/{uri}")
    OrganizationView update(Principal caller, @PathVariable String uri, @Valid @RequestBody UpdateOrganization request) {
        return organizations.update(caller, uri, request);
    }

    /** Archives the organization; refused while it has environments. */
    @DeleteMapping("/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void archive(Principal caller, @PathVariable String uri) {
        organizations.archive(caller, uri);
    }

    @GetMapping("/{uri}/teams")
    List<OrganizationTeam> teams(Principal caller, @PathVariable String uri) {
        return organizations.teams(caller, uri);
    }

    @PostMapping("/{uri}/teams")
    ResponseEntity<OrganizationTeam> invite(Principal caller, @PathVariable String uri,
            @Valid @RequestBody InviteTeam request) {
        OrganizationTeam team = organizations.invite(caller, uri, request.team(), request.permissions());
        return ResponseEntity.created(URI.create("/api/v1/organizations/%s/teams/%s".formatted(uri, team.team())))
                .body(team);
    }

    @PutMapping("/{uri}/teams/{team}")
    OrganizationTeam updateTeam(Principal caller, @PathVariable String uri, @PathVariable String team,
            @Valid @RequestBody TeamPermissions request) {
        return organizations.updateTeam(caller, uri, team, request.permissions());
    }

    /** Removes an invited team; never the admin team, and not while the team owns environments here. */
    @DeleteMapping("/{uri}/teams/{team}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeTeam(Principal caller, @PathVariable String uri, @PathVariable String team) {
        organizations.removeTeam(caller, uri, team);
    }
}
