package io.lakegate.access;

import java.util.Optional;

import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.platform.AuditContext;
import org.springframework.stereotype.Service;

/**
 * The one answer to "may this principal read this data, and through which filter?". Every path that hands
 * out data asks here first: previews, profiles, folder listings, downloads and queries. A principal reads a
 * dataset's tables and files when one of its teams owns or stewards the dataset.
 */
@Service
public class DataAccess {

    private final Authorizer authorizer;

    DataAccess(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    /** The strongest reason the principal has to read the dataset's data. */
    public AccessLevel levelOn(Principal principal, ProtectedDataset dataset) {
        return managingTeam(principal, dataset).map(team -> team.equals(dataset.ownerTeam())
                ? AccessLevel.OWNER : AccessLevel.STEWARD).orElse(AccessLevel.NONE);
    }

    /** The principal reads the table's rows: refused unless its teams own or steward the dataset. */
    public ReadAccess requireTableRead(Principal principal, ProtectedDataset dataset, String tableUri, String action) {
        return requireRead(principal, dataset, action, "table " + tableUri);
    }

    /** The principal reads an object of the dataset, e.g. through a folder listing or a download. */
    public ReadAccess requireObjectRead(Principal principal, ProtectedDataset dataset, String key, String action) {
        return requireRead(principal, dataset, action, "%s object %s".formatted(dataset.resource(), key));
    }

    private ReadAccess requireRead(Principal principal, ProtectedDataset dataset, String action, String resource) {
        String team = managingTeam(principal, dataset).orElseThrow(() -> authorizer.denied(principal, action, resource));
        AuditContext.actingTeam(team);
        return new ReadAccess(team.equals(dataset.ownerTeam()) ? AccessLevel.OWNER : AccessLevel.STEWARD, team,
                Optional.empty());
    }

    /** The owner team when the principal belongs to it, else the stewards team when it belongs to that. */
    private static Optional<String> managingTeam(Principal principal, ProtectedDataset dataset) {
        if (principal.isMemberOf(dataset.ownerTeam())) {
            return Optional.of(dataset.ownerTeam());
        }
        return Optional.ofNullable(dataset.stewardsTeam()).filter(principal::isMemberOf);
    }
}
