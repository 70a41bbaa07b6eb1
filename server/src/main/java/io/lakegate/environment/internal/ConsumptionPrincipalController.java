package io.lakegate.environment.internal;

import io.lakegate.environment.internal.EnvironmentApi.ConsumptionPrincipalView;
import io.lakegate.identity.Principal;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Consumption principals")
@RestController
@RequestMapping("/api/v1/consumption-principals")
class ConsumptionPrincipalController {

    private final ConsumptionPrincipalService consumptionPrincipals;

    ConsumptionPrincipalController(ConsumptionPrincipalService consumptionPrincipals) {
        this.consumptionPrincipals = consumptionPrincipals;
    }

    @GetMapping("/{uri}")
    ConsumptionPrincipalView get(Principal caller, @PathVariable String uri) {
        return consumptionPrincipals.get(caller, uri);
    }

    /** Replaces the API token; the old one stops working at once. The answer carries the new token. */
    @PostMapping("/{uri}/rotate-token")
    ConsumptionPrincipalView rotateToken(Principal caller, @PathVariable String uri) {
        return consumptionPrincipals.rotateToken(caller, uri);
    }

    @DeleteMapping("/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Principal caller, @PathVariable String uri) {
        consumptionPrincipals.delete(caller, uri);
    }
}
