package io.lakegate.environment.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.lakegate.environment.internal.EnvironmentApi.ConsumptionPrincipalView;
import io.lakegate.environment.internal.EnvironmentApi.CreateConsumptionPrincipal;
import io.lakegate.environment.internal.EnvironmentApi.CreateEnvironment;
import io.lakegate.environment.internal.EnvironmentApi.EnvironmentView;
import io.lakegate.environment.internal.EnvironmentApi.InviteTeam;
import io.lakegate.environment.internal.EnvironmentApi.KeyValueTags;
import io.lakegate.environment.internal.EnvironmentApi.TeamPermissions;
import io.lakegate.environment.internal.EnvironmentApi.UpdateEnvironment;
import io.lakegate.identity.Principal;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.provisioning.ProvisioningRecord;
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

@Tag(name = "Environments")
@RestController
@RequestMapping("/api/v1/environments")
class EnvironmentController {

    private final EnvironmentService environments;
    private final ConsumptionPrincipalService consumptionPrincipals;

    EnvironmentController(EnvironmentService environments, ConsumptionPrincipalService consumptionPrincipals) {
        this.environments = environments;
        this.consumptionPrincipals = consumptionPrincipals;
    }

    /** Links a new environment to an organization and provisions its storage root. */
    @PostMapping
    ResponseEntity<EnvironmentView> create(Principal caller, @Valid @RequestBody CreateEnvironment request) {
        EnvironmentView environment = environments.create(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/environments/" + environment.uri())).body(environment);
    }

    /** The environments where a team of the caller is the owner or invited, with the caller's role. */
    @GetMapping
    Page<EnvironmentView> list(Principal caller, @RequestParam(required = false) String organizationUri,
            @RequestParam(required = false) String term, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return environments.list(caller, organizationUri, term, PageRequest.of(page, size));
    }

    @GetMapping("/{uri}")
    EnvironmentView get(Principal caller, @PathVariable String uri) {
        return environments.get(caller, uri);
    }

    @PatchMapping("/{uri}")
    EnvironmentView update(Principal caller, @PathVariable String uri, @Valid @RequestBody UpdateEnvironment request) {
        return environments.update(caller, uri, request);
    }

    /** Deletes the environment; refused while it holds datasets. Its storage is kept unless asked. */
    @DeleteMapping("/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Principal caller, @PathVariable String uri,
            @RequestParam(defaultValue = "false") boolean deleteStorage) {
        environments.delete(caller, uri, deleteStorage);
    }

    @GetMapping("/{uri}/stack")
    ProvisioningRecord stack(Principal caller, @PathVariable String uri) {
        return environments.stack(caller, uri);
    }

    /** Runs provisioning again: a retry after a failure, an update otherwise. */
    @PostMapping("/{uri}/stack/update")
    ResponseEntity<ProvisioningRecord> updateStack(Principal caller, @PathVariable String uri) {
        return ResponseEntity.accepted().body(environments.updateStack(caller, uri));
    }

    @GetMapping("/{uri}/teams")
    List<EnvironmentTeam> teams(Principal caller, @PathVariable String uri) {
        return environments.teams(caller, uri);
    }

    @PostMapping("/{uri}/teams")
    ResponseEntity<EnvironmentTeam> invite(Principal caller, @PathVariable String uri,
            @Valid @RequestBody InviteTeam request) {
        EnvironmentTeam team = environments.invite(caller, uri, request.team(), request.permissions());
        return ResponseEntity.created(URI.create("/api/v1/environments/%s/teams/%s".formatted(uri, team.team())))
                .body(team);
    }

    @PutMapping("/{uri}/teams/{team}")
    EnvironmentTeam updateTeam(Principal caller, @PathVariable String uri, @PathVariable String team,
            @Valid @RequestBody TeamPermissions request) {
        return environments.updateTeam(caller, uri, team, request.permissions());
    }

    @DeleteMapping("/{uri}/teams/{team}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeTeam(Principal caller, @PathVariable String uri, @PathVariable String team) {
        environments.removeTeam(caller, uri, team);
    }

    @GetMapping("/{uri}/kv-tags")
    Map<String, String> keyValueTags(Principal caller, @PathVariable String uri) {
        return environments.keyValueTags(caller, uri);
    }

    @PutMapping("/{uri}/kv-tags")
    Map<String, String> replaceKeyValueTags(Principal caller, @PathVariable String uri,
            @Valid @RequestBody KeyValueTags request) {
        return environments.replaceKeyValueTags(caller, uri, request.tags());
    }

    @GetMapping("/{uri}/consumption-principals")
    List<ConsumptionPrincipalView> consumptionPrincipals(Principal caller, @PathVariable String uri) {
        return consumptionPrincipals.list(caller, uri);
    }

    /** Creates a consumption principal; the answer carries its API token, shown this once. */
    @PostMapping("/{uri}/consumption-principals")
    ResponseEntity<ConsumptionPrincipalView> createConsumptionPrincipal(Principal caller, @PathVariable String uri,
            @Valid @RequestBody CreateConsumptionPrincipal request) {
        ConsumptionPrincipalView created = consumptionPrincipals.create(caller, uri, request.name(), request.team());
        return ResponseEntity.created(URI.create("/api/v1/consumption-principals/" + created.uri())).body(created);
    }
}
