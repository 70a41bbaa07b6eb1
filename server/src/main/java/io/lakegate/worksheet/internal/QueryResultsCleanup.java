package io.lakegate.worksheet.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every hour, the results of queries kept longer than the retention are deleted. */
@Configuration(proxyBeanMethods = false)
class QueryResultsCleanup {

    static final String TASK = "worksheet-results-cleanup";

    @Bean
    RecurringTask<Void> worksheetResultsCleanupTask(ObjectProvider<QueryService> queries) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> queries.getObject().deleteOldResults());
    }
}
