package io.lakegate.platform.maintenance;

import java.io.IOException;
import java.util.Set;

import io.lakegate.platform.Actor;
import io.lakegate.platform.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses calls that the maintenance window does not allow: changes in READ_ONLY, everything in
 * NO_ACCESS. Admins are never refused. Signing in and reading one's own profile (which tells the mode)
 * stay open so that the UI can explain what is going on.
 */
public class MaintenanceFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> ALWAYS_OPEN = Set.of("/api/v1/auth/token", "/api/v1/auth/config", "/api/v1/me");

    private final Maintenance maintenance;
    private final ProblemWriter problems;

    public MaintenanceFilter(Maintenance maintenance, ProblemWriter problems) {
        this.maintenance = maintenance;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || ALWAYS_OPEN.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MaintenanceMode mode = maintenance.mode();
        boolean refused = switch (mode) {
            case NONE -> false;
            case READ_ONLY -> !READS.contains(request.getMethod()) && !isAdmin();
            case NO_ACCESS -> !isAdmin();
        };
        if (refused) {
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, mode == MaintenanceMode.READ_ONLY
                    ? "Lakegate is in READ_ONLY maintenance: changes are not allowed until the maintenance window ends"
                    : "Lakegate is in NO_ACCESS maintenance: it is not available until the maintenance window ends");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor && actor.admin();
    }
}
