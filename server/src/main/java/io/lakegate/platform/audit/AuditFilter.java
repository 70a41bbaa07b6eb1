package io.lakegate.platform.audit;

import java.io.IOException;
import java.util.Set;

import io.lakegate.platform.Actor;
import io.lakegate.platform.AuditContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes one audit record for every mutating API call, whatever its outcome. Runs in the security filter
 * chain around authentication, so it records refused calls too and, once the chain returns, knows the caller.
 */
public class AuditFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

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
        // the answer is held back until its audit record is written, so whoever sees it can find the record
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        int status = 500;
        try {
            chain.doFilter(request, held);
            status = held.getStatus();
        }
        finally {
            try {
                audit.record(new AuditRecord(null, null, actor(request),
                        (String) request.getAttribute(AuditContext.ACTING_TEAM), action(request), request.getMethod(),
                        request.getRequestURI(), target(held, request), status, AuditRecord.outcomeOf(status)));
            }
            catch (RuntimeException e) {
                log.error("Could not write the audit record of {} {}", request.getMethod(), request.getRequestURI(), e);
            }
            held.copyBodyToResponse();
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

    private static String target(HttpServletResponse response, HttpServletRequest request) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        return location != null ? location : request.getRequestURI();
    }
}
