package io.lakegate.platform;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Notes facts about the current request that its audit record should carry.
 */
public final class AuditContext {

    public static final String ACTING_TEAM = AuditContext.class.getName() + ".actingTeam";
    public static final String CLAIMED_USER = AuditContext.class.getName() + ".claimedUser";

    private AuditContext() {
    }

    /** The team through which the caller was authorized for this request. */
    public static void actingTeam(String team) {
        set(ACTING_TEAM, team);
    }

    /** The user an unauthenticated call (such as sign-in) claims to be. */
    public static void claimedUser(String username) {
        set(CLAIMED_USER, username);
    }

    private static void set(String name, String value) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
