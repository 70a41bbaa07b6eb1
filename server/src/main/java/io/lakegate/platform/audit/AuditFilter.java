package io.lakegate.platform.audit;

import java.io.IOException;
import java.util.Set;

import io.lakegate.platform.Actor;
import io.lakegate.platform.AuditContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes one audit record for every mutating API call, whatever its outcome. Runs inside the security
 * filter chain, after authentication, so it knows the caller.
 */
public class AuditFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuditRepository audit;

    public AuditFilter(AuditRepository audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        }
        finally {
            audit.record(new AuditRecord(null, null, actor(request), (String) request.getAttribute(AuditContext.ACTING_TEAM),
                    action(request), request.getMethod(), request.getRequestURI(), target(request, response), status,
                    AuditRecord.outcomeOf(status)));
        }
    }

    private static String actor(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return actor.name();
        }
        Object claimed = request.getAttribute(AuditContext.CLAIMED_USER);
        return claimed == null ? "anonymous" : claimed.toString();
    }

    private static String action(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
            String type = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
            return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + handler.getMethod().getName();
        }
        return request.getMethod() + " " + request.getRequestURI();
    }

    private static String target(HttpServletRequest request, HttpServletResponse response) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        return location != null ? location : request.getRequestURI();
    }
}
