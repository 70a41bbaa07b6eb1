package io.lakegate.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.identity.TenantPermission;
import io.lakegate.platform.LakegateProperties;

/** Response bodies of the identity API. */
final class IdentityViews {

    private IdentityViews() {
    }

    record Token(String access_token, String token_type, long expires_in) {
    }

    record UserView(String username, String displayName, String email, String source, Set<String> teams,
            Instant createdAt) {

        static UserView of(StoredUser user) {
            return new UserView(user.username(), user.displayName(), user.email(), user.source(), user.teams(),
                    user.createdAt());
        }
    }

    record TeamPermissionsView(String team, boolean adminTeam, Set<TenantPermission> permissions) {
    }

    record TeamDetails(String name, String source, boolean adminTeam, Set<TenantPermission> permissions,
            List<String> members, Instant createdAt) {
    }

    record Me(String kind, String username, String displayName, String email, boolean admin, List<String> teams,
            Set<TenantPermission> tenantPermissions, Map<String, Set<TenantPermission>> teamPermissions,
            String ownerTeam, String environment, Object maintenance) {
    }

    /** {@code oidc} is set when both the provider's issuer and the UI's client id are configured. */
    record AuthConfig(boolean local, SingleSignOn oidc) {

        static AuthConfig of(LakegateProperties.Oidc oidc) {
            boolean configured = hasText(oidc.issuerUri()) && hasText(oidc.clientId());
            return new AuthConfig(true, configured
                    ? new SingleSignOn(oidc.issuerUri(), oidc.clientId(), "openid profile email") : null);
        }

        private static boolean hasText(String value) {
            return value != null && !value.isBlank();
        }
    }

    record SingleSignOn(String issuerUri, String clientId, String scopes) {
    }
}
