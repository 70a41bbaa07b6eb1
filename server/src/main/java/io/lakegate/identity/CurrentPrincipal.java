package io.lakegate.identity;

import io.lakegate.platform.ApiProblem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The principal of the current request. */
@Component
public class CurrentPrincipal {

    public Principal get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Principal principal) {
            return principal;
        }
        throw ApiProblem.unauthorized("Sign in first: send Authorization: Bearer <token>");
    }
}
