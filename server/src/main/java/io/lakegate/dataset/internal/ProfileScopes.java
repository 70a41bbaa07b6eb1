package io.lakegate.dataset.internal;

import io.lakegate.access.AccessLevel;
import io.lakegate.access.DataAccess;
import io.lakegate.access.DataFilters;
import io.lakegate.access.ReadAccess;
import io.lakegate.access.TableDataFilter;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Which profiling runs of a table a principal makes and sees. One who reads the table through a data filter makes and
 * sees the runs through that filter, which show nothing the filter hides; every other reader the runs over the whole
 * table.
 */
@Component
class ProfileScopes {

    private final DataAccess access;
    private final DataFilters filters;
    private final JobRepository jobs;

    ProfileScopes(DataAccess access, DataFilters filters, JobRepository jobs) {
        this.access = access;
        this.filters = filters;
        this.jobs = jobs;
    }

    /**
     * The data filter of the runs the principal makes and sees, null for the whole table's.
     *
     * @throws ApiProblem 403 when the principal may not read the table
     */
    String requireFilterUri(Principal principal, Dataset dataset, String tableUri, String action) {
        ReadAccess read = access.requireTableRead(principal, dataset.protectedDataset(), tableUri, action);
        return filters.findApplied(read, tableUri).map(TableDataFilter::uri).orElse(null);
    }

    /** The result of the latest successful run the principal sees; null when there is none or it may not read the table. */
    JsonNode latestProfile(Principal principal, Dataset dataset, String tableUri, AccessLevel level) {
        if (level == AccessLevel.NONE) {
            return null;
        }
        String filterUri;
        try {
            filterUri = requireFilterUri(principal, dataset, tableUri, "GET_TABLE_PROFILE");
        }
        catch (ApiProblem denied) {
            // grants on other tables or folders of the dataset do not cover this table
            return null;
        }
        return jobs.latestProfile(tableUri, filterUri).map(Job::result).orElse(null);
    }
}
