package io.lakegate.identity.internal;

import io.lakegate.identity.Principal;
import io.lakegate.identity.internal.IdentityRequests.ChangePassword;
import io.lakegate.identity.internal.IdentityViews.Me;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Me")
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final IdentityService identity;

    MeController(IdentityService identity) {
        this.identity = identity;
    }

    /** The caller, their teams, their tenant permissions and the maintenance window. */
    @GetMapping
    Me me(Principal caller) {
        return identity.me(caller);
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(Principal caller, @Valid @RequestBody ChangePassword request) {
        identity.changeOwnPassword(caller, request.currentPassword(), request.newPassword());
    }
}
