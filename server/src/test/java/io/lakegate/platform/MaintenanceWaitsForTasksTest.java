package io.lakegate.platform;

import static io.lakegate.test.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.lakegate.platform.tasks.BackgroundTasks;
import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Guide 3.3: starting maintenance pauses scheduled work, and the window stays PENDING until the tasks
 * running at that moment have ended; work queued meanwhile runs once maintenance ends.
 */
class MaintenanceWaitsForTasksTest extends ApiTest {

    private static volatile CountDownLatch firstStarted;
    private static volatile CountDownLatch releaseFirst;
    private static final Set<String> COMPLETED = ConcurrentHashMap.newKeySet();

    @Autowired
    BackgroundTasks tasks;

    @Autowired
    @Qualifier("slowTestTask")
    OneTimeTask<String> slowTask;

    @TestConfiguration
    static class SlowTask {
        @Bean
        OneTimeTask<String> slowTestTask() {
            return Tasks.oneTime("slow-test-task", String.class).execute((instance, context) -> {
                if (instance.getId().equals("first")) {
                    firstStarted.countDown();
                    await(releaseFirst);
                }
                COMPLETED.add(instance.getId());
            });
        }
    }

    @BeforeEach
    void newLatches() {
        firstStarted = new CountDownLatch(1);
        releaseFirst = new CountDownLatch(1);
    }

    @AfterEach
    void endMaintenance() {
        releaseFirst.countDown();
        admin().delete("/api/v1/admin/maintenance").expect(200);
    }

    @Test
    void staysPendingWhileATaskRunsAndHoldsQueuedWorkUntilItEnds() throws Exception {
        Caller admin = admin();
        tasks.runNow(slowTask, "first", "");
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).as("the first task started").isTrue();

        Map<String, Object> readOnly = Map.of("mode", "READ_ONLY");
        assertThat(admin.post("/api/v1/admin/maintenance", readOnly).expect(200).text("status")).isEqualTo("PENDING");
        tasks.runNow(slowTask, "queued", "");
        Thread.sleep(1500);
        assertThat(admin.get("/api/v1/admin/maintenance").expect(200).json().path("status").asString())
                .as("still PENDING while the first task runs").isEqualTo("PENDING");

        releaseFirst.countDown();
        eventually("maintenance to become ACTIVE", () -> admin.get("/api/v1/admin/maintenance").expect(200).text("status"),
                "ACTIVE"::equals);
        assertThat(COMPLETED).contains("first");
        Thread.sleep(1000);
        assertThat(COMPLETED).as("work queued during maintenance waits").doesNotContain("queued");
        assertThat(admin.get("/api/v1/admin/tasks").expect(200).json().path("paused").asBoolean()).isTrue();

        assertThat(admin.delete("/api/v1/admin/maintenance").expect(200).text("status")).isEqualTo("INACTIVE");
        eventually("the queued task to run", () -> COMPLETED.contains("queued"), Boolean::booleanValue);
    }


    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
