package io.lakegate.share.internal;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.lakegate.dataset.ShareableDatasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily expiry run: shares whose access ends within a week are announced once to both sides; shares whose
 * access has ended have their shared items revoked.
 */
@Service
class ShareExpiry {

    static final String TASK = "share-expiry";
    static final Duration WARNING = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(ShareExpiry.class);

    private final ShareRepository shares;
    private final ShareService service;
    private final ShareableDatasets datasets;
    private final ShareNotices notices;
    private final TransactionTemplate transactions;

    ShareExpiry(ShareRepository shares, ShareService service, ShareableDatasets datasets, ShareNotices notices,
            TransactionTemplate transactions) {
        this.shares = shares;
        this.service = service;
        this.datasets = datasets;
        this.notices = notices;
        this.transactions = transactions;
    }

    /** One run as of {@code now}: warns of the shares ending within a week, revokes the ended ones. */
    void run(Instant now) {
        for (String uri : shares.expiringUnwarned(now, now.plus(WARNING))) {
            transactions.executeWithoutResult(status -> shares.lock(uri).ifPresent(share -> {
                datasets.find(share.datasetUri()).ifPresent(dataset -> notices.expiring(share, dataset));
                shares.markExpiryWarned(uri);
            }));
        }
        for (String uri : shares.expiredBy(now)) {
            if (!service.expire(uri)) {
                log.info("Share {} has expired but is being processed; the next expiry run revokes it", uri);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TaskDefinitions {

        @Bean
        RecurringTask<Void> shareExpiryTask(ObjectProvider<ShareExpiry> expiry) {
            return Tasks.recurring(TASK, FixedDelay.of(Duration.ofDays(1)))
                    .execute((instance, context) -> expiry.getObject().run(Instant.now()));
        }
    }
}
