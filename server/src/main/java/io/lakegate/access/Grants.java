package io.lakegate.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.lakegate.access.internal.DataFilterRepository;
import io.lakegate.access.internal.GrantRepository;
import io.lakegate.platform.ShortUris;
import org.springframework.stereotype.Service;

/**
 * Writes and removes grants, for what grants come from (share items), and tells what is granted. Reads are decided
 * by {@link DataAccess}; each write is effective for the next read.
 */
@Service
public class Grants {

    private final GrantRepository grants;
    private final DataFilterRepository filters;

    Grants(GrantRepository grants, DataFilterRepository filters) {
        this.grants = grants;
        this.filters = filters;
    }

    /**
     * Grants read on the target to the grantee, for {@code source}: once per source, so that a second call (a
     * retried share item) returns the grant already there.
     *
     * @param filterUri a data filter of the target table, or null
     * @throws IllegalArgumentException when the filter does not exist or is not the target table's
     */
    public Grant grant(String datasetUri, GrantTarget target, Grantee grantee, String filterUri, String source,
            String grantedBy) {
        if (filterUri != null) {
            String filterTable = filters.tableOf(filterUri)
                    .orElseThrow(() -> new IllegalArgumentException("Data filter " + filterUri + " does not exist"));
            if (target.type() != GrantTarget.Type.TABLE || !target.uri().equals(filterTable)) {
                throw new IllegalArgumentException("Data filter %s belongs to table %s, not to %s %s"
                        .formatted(filterUri, filterTable, target.type().name().toLowerCase(), target.uri()));
            }
        }
        return grants.insertOnce(new Grant(ShortUris.next(), datasetUri, target, grantee, filterUri, source, grantedBy,
                null));
    }

    /** Whether the data filter exists and belongs to the table. */
    public boolean isFilterOf(String filterUri, String tableUri) {
        return filters.tableOf(filterUri).filter(tableUri::equals).isPresent();
    }

    /** Removes the grant of the source; false when there was none. */
    public boolean revoke(String source) {
        return grants.deleteBySource(source);
    }

    public Optional<Grant> findBySource(String source) {
        return grants.findBySource(source);
    }

    /** Every grant to any of the grantees: what they read besides their own datasets. */
    public List<Grant> grantedTo(Set<Grantee> grantees) {
        return grants.to(grantees);
    }

    /** Whether a grant names the table, folder or dataset itself (not counting grants on the whole dataset). */
    public boolean isGranted(String objectUri) {
        return grants.anyOnObject(objectUri);
    }

    /** Whether anything of the dataset is granted. */
    public boolean anyInDataset(String datasetUri) {
        return grants.anyInDataset(datasetUri);
    }
}
