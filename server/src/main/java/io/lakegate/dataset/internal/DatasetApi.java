package io.lakegate.dataset.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.lakegate.access.AccessLevel;
import io.lakegate.dataset.ShareExpiryRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the dataset API. */
final class DatasetApi {

    static final String SCHEMA = "^[a-z_][a-z0-9_]*$";

    private DatasetApi() {
    }

    /** A new dataset (guide 4.1.2); with {@code storageLocation} an existing directory is imported (guide 4.1.3). */
    record CreateDataset(
            @NotBlank @Size(max = 16) String environmentUri,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 2000) String description,
            @NotBlank @Size(max = 64) String ownerTeam,
            @Size(max = 64) String stewardsTeam,
            @NotNull Confidentiality confidentiality,
            @NotEmpty(message = "must name at least one topic") @Size(max = 20) List<@NotBlank @Size(max = 64) String> topics,
            @NotEmpty(message = "must name at least one tag") @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags,
            Boolean autoApproval,
            @Valid ShareExpiry shareExpiry,
            @Size(max = 4096) String storageLocation,
            @Size(max = 63) @Pattern(regexp = SCHEMA, message = "must be lowercase letters, digits and '_', not starting with a digit") String schemaName) {
    }

    /** The editable fields; null leaves a field as it is, an empty stewards team removes the stewards. */
    record UpdateDataset(
            @Size(min = 1, max = 100) String name,
            @Size(max = 2000) String description,
            @Size(max = 64) String stewardsTeam,
            Confidentiality confidentiality,
            @Size(min = 1, max = 20, message = "must name at least one topic") List<@NotBlank @Size(max = 64) String> topics,
            @Size(min = 1, max = 50, message = "must name at least one tag") List<@NotBlank @Size(max = 64) String> tags,
            Boolean autoApproval,
            @Valid ShareExpiry shareExpiry) {
    }

    /**
     * Whether shares of the dataset must expire, and after how many months they may: with {@code enabled}, between
     * {@code minMonths} and {@code maxMonths} (guide: "Enable share expiration").
     */
    record ShareExpiry(@NotNull Boolean enabled, @Min(1) @Max(ShareExpiryRule.LONGEST_MONTHS) Integer minMonths,
            @Min(1) @Max(ShareExpiryRule.LONGEST_MONTHS) Integer maxMonths) {

        static ShareExpiry of(ShareExpiryRule rule) {
            return rule == null ? new ShareExpiry(false, null, null)
                    : new ShareExpiry(true, rule.minMonths(), rule.maxMonths());
        }
    }

    record KeyValueTags(@NotNull @Size(max = 50) Map<@NotBlank @Size(max = 128) String, @NotNull @Size(max = 256) String> tags) {
    }

    /**
     * A dataset as the caller sees it. Its metadata is for every signed-in user; the storage location, the
     * stack status and the counts are for those who read its data.
     */
    record DatasetView(String uri, String name, String description, String environmentUri, String organizationUri,
            String region, String ownerTeam, String stewardsTeam, Confidentiality confidentiality, List<String> topics,
            List<String> tags, boolean autoApproval, ShareExpiry shareExpiry, boolean imported, String schemaName,
            String storageLocation,
            String stackStatus, Counts counts, String createdBy, Instant createdAt, Instant updatedAt,
            AccessLevel userRole) {
    }

    record Counts(long tables, long folders) {
    }
}
