package io.lakegate.access;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.lakegate.access.internal.DataFilterRepository;
import io.lakegate.access.internal.GrantRepository;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.platform.AuditContext;
import org.springframework.stereotype.Service;

/**
 * The one answer to "may this principal read this data, and through which filter?". Every path that hands
 * out data asks here first: previews, profiles, folder listings, downloads and queries. A principal reads a
 * dataset's tables and files when one of its teams owns or stewards the dataset; otherwise what {@link Grants}
 * grant to its teams (or to it, a consumption principal): a table's rows through the grant's data filter, a
 * folder's objects, or all of a dataset.
 */
@Service
public class DataAccess {

    /** Among several grants that cover a read, one without a data filter wins, then the oldest. */
    private static final Comparator<Grant> WIDEST_FIRST = Comparator.comparing((Grant grant) -> grant.filterUri() != null);

    private final Authorizer authorizer;
    private final GrantRepository grants;
    private final DataFilterRepository filters;

    DataAccess(Authorizer authorizer, GrantRepository grants, DataFilterRepository filters) {
        this.authorizer = authorizer;
        this.grants = grants;
        this.filters = filters;
    }

    /** The strongest reason the principal has to read the dataset's data. */
    public AccessLevel levelOn(Principal principal, ProtectedDataset dataset) {
        Optional<String> managing = managingTeam(principal, dataset);
        if (managing.isPresent()) {
            return managingLevel(managing.get(), dataset);
        }
        return grantsOn(principal, dataset).isEmpty() ? AccessLevel.NONE : AccessLevel.SHARED;
    }

    /**
     * The principal's access to each of {@code assets}, assets of the dataset by uri: for the dataset itself, the same
     * as {@link #levelOn(Principal, ProtectedDataset)}; for a table or a folder, SHARED only when a grant covers it.
     */
    public Map<String, AccessLevel> levelsOn(Principal principal, ProtectedDataset dataset,
            Map<String, GrantTarget.Type> assets) {
        Optional<String> managing = managingTeam(principal, dataset);
        List<Grant> granted = managing.isPresent() ? List.of() : grantsOn(principal, dataset);
        return assets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, asset -> {
            if (managing.isPresent()) {
                return managingLevel(managing.get(), dataset);
            }
            return granted.stream().anyMatch(grant -> grant.target().readsSomeOf(asset.getValue(), asset.getKey()))
                    ? AccessLevel.SHARED : AccessLevel.NONE;
        }));
    }

    /** The principal reads the table's rows: as an owner or steward, or through a grant with its data filter. */
    public ReadAccess requireTableRead(Principal principal, ProtectedDataset dataset, String tableUri, String action) {
        return requireRead(principal, dataset, action, "table " + tableUri, target -> target.coversTable(tableUri));
    }

    /**
     * The principal reads an object of the dataset, e.g. through a folder listing or a download: as an owner or
     * steward, or through a grant on the folder it is in or on the whole dataset.
     *
     * @param key the object's key, or a listing's prefix, relative to the dataset's root
     */
    public ReadAccess requireObjectRead(Principal principal, ProtectedDataset dataset, String key, String action) {
        return requireRead(principal, dataset, action, "%s object %s".formatted(dataset.resource(), key),
                target -> target.coversObject(key));
    }

    private ReadAccess requireRead(Principal principal, ProtectedDataset dataset, String action, String resource,
            Predicate<GrantTarget> covers) {
        Optional<String> managing = managingTeam(principal, dataset);
        if (managing.isPresent()) {
            String team = managing.get();
            AuditContext.actingTeam(team);
            return new ReadAccess(managingLevel(team, dataset), team, Optional.empty());
        }
        Grant grant = grantsOn(principal, dataset).stream()
                .filter(candidate -> covers.test(candidate.target()))
                .min(WIDEST_FIRST)
                .orElseThrow(() -> authorizer.denied(principal, action, resource));
        String team = grant.grantee().type() == Grantee.Type.TEAM ? grant.grantee().id() : null;
        if (team != null) {
            AuditContext.actingTeam(team);
        }
        return new ReadAccess(AccessLevel.SHARED, team, Optional.ofNullable(grant.filterUri()).map(this::filter));
    }

    private List<Grant> grantsOn(Principal principal, ProtectedDataset dataset) {
        return grants.inDataset(dataset.uri(), Grantee.of(principal));
    }

    private DataFilter filter(String uri) {
        // a grant's filter cannot be deleted (foreign key), so it is there
        return filters.find(uri).orElseThrow();
    }

    /** OWNER for the dataset's owner team, STEWARD for its stewards team. */
    private static AccessLevel managingLevel(String team, ProtectedDataset dataset) {
        return team.equals(dataset.ownerTeam()) ? AccessLevel.OWNER : AccessLevel.STEWARD;
    }

    /** The owner team when the principal belongs to it, else the stewards team when it belongs to that. */
    private static Optional<String> managingTeam(Principal principal, ProtectedDataset dataset) {
        if (principal.isMemberOf(dataset.ownerTeam())) {
            return Optional.of(dataset.ownerTeam());
        }
        return Optional.ofNullable(dataset.stewardsTeam()).filter(principal::isMemberOf);
    }
}
