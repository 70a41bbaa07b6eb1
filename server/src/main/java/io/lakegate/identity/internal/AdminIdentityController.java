package io.lakegate.identity.internal;

import java.net.URI;
import java.util.List;

import io.lakegate.identity.Principal;
import io.lakegate.identity.internal.IdentityRequests.CreateTeam;
import io.lakegate.identity.internal.IdentityRequests.CreateUser;
import io.lakegate.identity.internal.IdentityRequests.TeamPermissions;
import io.lakegate.identity.internal.IdentityRequests.UpdateUser;
import io.lakegate.identity.internal.IdentityViews.TeamDetails;
import io.lakegate.identity.internal.IdentityViews.TeamPermissionsView;
import io.lakegate.identity.internal.IdentityViews.UserView;
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

/** Users, teams, memberships and tenant permissions: for the admin team. */
@Tag(name = "Admin: users and teams")
@RestController
@RequestMapping("/api/v1/admin")
class AdminIdentityController {

    private final IdentityService identity;

    AdminIdentityController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/users")
    Page<UserView> users(Principal caller, @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return identity.listUsers(caller, term, PageRequest.of(page, size));
    }

    @PostMapping("/users")
    ResponseEntity<UserView> createUser(Principal caller, @Valid @RequestBody CreateUser request) {
        UserView user = identity.createUser(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + user.username())).body(user);
    }

    @GetMapping("/users/{username}")
    UserView user(Principal caller, @PathVariable String username) {
        return identity.getUser(caller, username);
    }

    @PatchMapping("/users/{username}")
    UserView updateUser(Principal caller, @PathVariable String username, @Valid @RequestBody UpdateUser request) {
        return identity.updateUser(caller, username, request);
    }

    @DeleteMapping("/users/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteUser(Principal caller, @PathVariable String username) {
        identity.deleteUser(caller, username);
    }

    @GetMapping("/teams")
    List<TeamView> teams(Principal caller, @RequestParam(required = false) String term) {
        return identity.listTeamsAsAdmin(caller, term);
    }

    @PostMapping("/teams")
    ResponseEntity<TeamDetails> createTeam(Principal caller, @Valid @RequestBody CreateTeam request) {
        TeamDetails team = identity.createTeam(caller, request.name());
        return ResponseEntity.created(URI.create("/api/v1/admin/teams/" + team.name())).body(team);
    }

    @GetMapping("/teams/{team}")
    TeamDetails team(Principal caller, @PathVariable String team) {
        return identity.getTeam(caller, team);
    }

    @PutMapping("/teams/{team}/members/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addMember(Principal caller, @PathVariable String team, @PathVariable String username) {
        identity.addMember(caller, team, username);
    }

    @DeleteMapping("/teams/{team}/members/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(Principal caller, @PathVariable String team, @PathVariable String username) {
        identity.removeMember(caller, team, username);
    }

    @GetMapping("/teams/{team}/permissions")
    TeamPermissionsView permissions(Principal caller, @PathVariable String team) {
        return identity.permissions(caller, team);
    }

    @PutMapping("/teams/{team}/permissions")
    TeamPermissionsView replacePermissions(Principal caller, @PathVariable String team,
            @Valid @RequestBody TeamPermissions request) {
        return identity.replacePermissions(caller, team, request.permissions());
    }
}
