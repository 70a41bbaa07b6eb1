package io.lakegate.identity.security;

import java.util.List;

import io.lakegate.identity.Principal;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An authenticated request: the Lakegate principal and the credential it came with. */
final class LakegateAuthentication extends AbstractAuthenticationToken {

    private final Principal principal;

    LakegateAuthentication(Principal principal) {
        super(List.of());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Principal getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.name();
    }
}
