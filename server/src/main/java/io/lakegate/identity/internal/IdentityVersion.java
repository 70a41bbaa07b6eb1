package io.lakegate.identity.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts changes to users and memberships on this node, so that principals cached before a change are
 * never used after it. A change inside a transaction counts again once it commits: a principal loaded
 * between the write and the commit saw the old state.
 */
@Component
public class IdentityVersion {

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    void changed() {
        version.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    version.incrementAndGet();
                }
            });
        }
    }
}
