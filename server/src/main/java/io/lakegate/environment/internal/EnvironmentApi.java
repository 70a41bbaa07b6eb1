package io.lakegate.environment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.environment.EnvironmentFeatures;
import io.lakegate.environment.EnvironmentPermission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the environment API. */
final class EnvironmentApi {

    static final String PREFIX = "^[a-z][a-z0-9]*$";
    static final String PREFIX_RULE = "must match ^[a-z][a-z0-9]*$: a lowercase letter, then lowercase letters or digits";
    static final String REGION = "^[A-Za-z0-9][A-Za-z0-9 ._()-]*$";

    private EnvironmentApi() {
    }

    record CreateEnvironment(
            @NotBlank @Size(max = 16) String organizationUri,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 2000) String description,
            @Size(max = 64) @Pattern(regexp = REGION, message = "must be letters, digits, spaces, '.', '_', '(', ')' or '-'") String region,
            @NotBlank @Size(max = 20) @Pattern(regexp = PREFIX, message = PREFIX_RULE) String resourcePrefix,
            @NotBlank @Size(max = 64) String team,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags,
            @Valid EnvironmentFeatures features) {
    }

    record UpdateEnvironment(
            @Size(min = 1, max = 100) String name,
            @Size(max = 2000) String description,
            @Size(min = 1, max = 20) @Pattern(regexp = PREFIX, message = PREFIX_RULE) String resourcePrefix,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags,
            EnvironmentFeatures features) {
    }

    record InviteTeam(@NotBlank @Size(max = 64) String team, @NotNull Set<@NotNull EnvironmentPermission> permissions) {
    }

    record TeamPermissions(@NotNull Set<@NotNull EnvironmentPermission> permissions) {
    }

    record KeyValueTags(@NotNull @Size(max = 50) Map<@NotBlank @Size(max = 128) String, @NotNull @Size(max = 256) String> tags) {
    }

    record CreateConsumptionPrincipal(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 64) String team) {
    }

    enum Role { OWNER, INVITED }

    /** An environment as a member sees it; the stack and key-value tags are for its owners only. */
    record EnvironmentView(String uri, String organizationUri, String name, String description, String region,
            String resourcePrefix, String adminTeam, List<String> tags, EnvironmentFeatures features, String storageRoot,
            String stackStatus, String createdBy, Instant createdAt, Instant updatedAt, Role userRole,
            Set<EnvironmentPermission> userPermissions) {
    }

    /** A consumption principal; {@code token} is set only in the answer that created or rotated it. */
    record ConsumptionPrincipalView(String uri, String environmentUri, String name, String ownerTeam, String tokenHint,
            String createdBy, Instant createdAt, Instant tokenRotatedAt, String token) {

        static ConsumptionPrincipalView of(ConsumptionPrincipal principal, String token) {
            return new ConsumptionPrincipalView(principal.uri(), principal.environmentUri(), principal.name(),
                    principal.ownerTeam(), principal.tokenHint(), principal.createdBy(), principal.createdAt(),
                    principal.tokenRotatedAt(), token);
        }
    }
}
