package io.lakegate.organization.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.lakegate.organization.OrganizationPermission;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the organization API. */
final class OrganizationApi {

    private OrganizationApi() {
    }

    record CreateOrganization(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 2000) String description,
            @NotBlank @Size(max = 64) String team,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags) {
    }

    record UpdateOrganization(
            @Size(min = 1, max = 100) String name,
            @Size(max = 2000) String description,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags) {
    }

    record InviteTeam(@NotBlank @Size(max = 64) String team, @NotNull Set<@NotNull OrganizationPermission> permissions) {
    }

    record TeamPermissions(@NotNull Set<@NotNull OrganizationPermission> permissions) {
    }

    enum Role { ADMIN, INVITED }

    record OrganizationView(String uri, String name, String description, String adminTeam, List<String> tags,
            String createdBy, Instant createdAt, Instant updatedAt, Role userRole, Integer environmentCount) {

        static OrganizationView of(Organization organization, Role role, Integer environmentCount) {
            return new OrganizationView(organization.uri(), organization.name(), organization.description(),
                    organization.adminTeam(), organization.tags(), organization.createdBy(), organization.createdAt(),
                    organization.updatedAt(), role, environmentCount);
        }
    }
}
