package io.lakegate.share.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.lakegate.dataset.ShareableDataset;
import io.lakegate.dataset.ShareableDatasets;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.share.internal.ShareApi.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a share (ARCHITECTURE §6): requesters are the requesting team's members, approvers the
 * members of the dataset's owner and stewards teams; both read the share.
 */
@Component
class ShareAccess {

    /** Who histories and logs name for what Lakegate does on its own: processing, weekly verify, expiry. */
    static final String SYSTEM = "lakegate";

    private final ShareRepository shares;
    private final ShareableDatasets datasets;
    private final Authorizer authorizer;

    ShareAccess(ShareRepository shares, ShareableDatasets datasets, Authorizer authorizer) {
        this.shares = shares;
        this.datasets = datasets;
        this.authorizer = authorizer;
    }

    /** The live share, or 404. */
    Share require(String uri) {
        return shares.find(uri).filter(share -> share.status() != ShareStatus.DELETED)
                .orElseThrow(() -> ApiProblem.notFound("Share", uri));
    }

    /** The live share, locked until the transaction ends, or 404. */
    Share lock(String uri) {
        return shares.lock(uri).filter(share -> share.status() != ShareStatus.DELETED)
                .orElseThrow(() -> ApiProblem.notFound("Share", uri));
    }

    ShareableDataset dataset(Share share) {
        return datasets.find(share.datasetUri()).orElseThrow(() -> ApiProblem.notFound("Share", share.uri()));
    }

    Set<Role> roles(Principal principal, Share share, ShareableDataset dataset) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (principal.isMemberOf(share.requesterTeam())) {
            roles.add(Role.REQUESTER);
        }
        if (approverTeams(dataset).stream().anyMatch(principal::isMemberOf)) {
            roles.add(Role.APPROVER);
        }
        return roles;
    }

    /** The caller must hold one of the roles on the share; the acting team goes into the audit record. */
    void requireAnyRole(Principal principal, Share share, String action, Set<Role> allowed) {
        List<String> teams = new ArrayList<>();
        if (allowed.contains(Role.REQUESTER)) {
            teams.add(share.requesterTeam());
        }
        if (allowed.contains(Role.APPROVER)) {
            teams.addAll(approverTeams(dataset(share)));
        }
        authorizer.requireAnyTeam(principal, action, share.resource(), teams);
    }

    /** The caller must own or steward the dataset. */
    void requireApproverOf(Principal principal, ShareableDataset dataset, String action) {
        authorizer.requireAnyTeam(principal, action, "dataset " + dataset.uri(), approverTeams(dataset));
    }

    static List<String> approverTeams(ShareableDataset dataset) {
        return dataset.stewardsTeam() == null ? List.of(dataset.ownerTeam())
                : List.of(dataset.ownerTeam(), dataset.stewardsTeam());
    }
}
