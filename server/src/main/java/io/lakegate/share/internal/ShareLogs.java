package io.lakegate.share.internal;

import java.util.EnumSet;
import java.util.List;

import io.lakegate.identity.Principal;
import org.springframework.stereotype.Service;

/** The logs of a share's runs, for its approvers (guide 4.4.7). */
@Service
class ShareLogs {

    static final int RUNS = 20;

    private final ShareRunRepository runs;
    private final ShareAccess access;

    ShareLogs(ShareRunRepository runs, ShareAccess access) {
        this.runs = runs;
        this.access = access;
    }

    List<ShareApi.RunLog> latest(Principal principal, String shareUri) {
        Share share = access.require(shareUri);
        access.requireAnyRole(principal, share, "GET_SHARE_LOGS", EnumSet.of(ShareApi.Role.APPROVER));
        return runs.runs(shareUri, RUNS).stream().map(run -> new ShareApi.RunLog(run, runs.log(run.uri()))).toList();
    }
}
