package io.lakegate.identity.internal;

import java.util.List;

import io.lakegate.identity.Principal;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Teams")
@RestController
@RequestMapping("/api/v1/teams")
class TeamController {

    private final IdentityService identity;

    TeamController(IdentityService identity) {
        this.identity = identity;
    }

    /** Every team's name, for pickers: teams can be invited by exact name whoever belongs to them. */
    @GetMapping
    List<String> list(Principal caller, @RequestParam(required = false) String term) {
        return identity.listTeams(caller, term).stream().map(TeamView::name).toList();
    }
}
