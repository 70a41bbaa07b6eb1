package io.lakegate.identity.internal;

import java.util.Set;

import io.lakegate.identity.TenantPermission;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the identity API. */
final class IdentityRequests {

    private IdentityRequests() {
    }

    record TokenRequest(@NotBlank @Size(max = 256) String username, @NotBlank @Size(max = 256) String password) {
    }

    record CreateUser(
            @NotBlank @Pattern(regexp = Names.USERNAME, message = Names.USERNAME_RULE) String username,
            @NotBlank @Size(max = 200) String displayName,
            @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 8, max = 128) String password,
            Set<@NotBlank String> teams) {
    }

    record UpdateUser(@Size(min = 1, max = 200) String displayName, @Email @Size(max = 254) String email,
            @Size(min = 8, max = 128) String password) {
    }

    record ChangePassword(@NotBlank String currentPassword, @NotBlank @Size(min = 8, max = 128) String newPassword) {
    }

    record CreateTeam(@NotBlank @Pattern(regexp = Names.TEAM, message = Names.TEAM_RULE) String name) {
    }

    record TeamPermissions(@NotNull Set<@NotNull TenantPermission> permissions) {
    }
}
