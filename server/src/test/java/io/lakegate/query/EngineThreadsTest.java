package io.lakegate.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import io.lakegate.platform.LakegateProperties;
import org.junit.jupiter.api.Test;

/** The engine's work leaves virtual threads free: it runs on platform threads, and its failures reach the caller. */
class EngineThreadsTest {

    private static final LakegateProperties.Query SETTINGS =
            new LakegateProperties.Query("1GB", 1, Duration.ofSeconds(60));
    private static final String ENDLESS = "select sum(a.range + b.range) from range(100000000000) a, range(1000) b";
    /** Long enough for the endless queries to be inside the engine, where a virtual thread would pin its carrier. */
    private static final Duration INTO_THE_ENGINE = Duration.ofMillis(500);

    @Test
    void workAskedForOnAVirtualThreadRunsOnAPlatformThread() throws Exception {
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            boolean ranOnVirtualThread = virtual.submit(() -> EngineThreads.call(() -> Thread.currentThread().isVirtual()))
                    .get();

            assertThat(ranOnVirtualThread).isFalse();
        }
    }

    @Test
    void workAskedForOnAPlatformThreadRunsThere() {
        Thread caller = Thread.currentThread();

        assertThat(EngineThreads.call(Thread::currentThread)).isSameAs(caller);
    }

    @Test
    void aFailureReachesTheCallerAsThrown() throws Exception {
        QueryFailedException failure = new QueryFailedException("Table sales.orders cannot be read");
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            Throwable thrown = virtual.submit(() -> catchThrowable(() -> EngineThreads.call(() -> {
                throw failure;
            }))).get();

            assertThat(thrown).isSameAs(failure);
        }
    }

    @Test
    void queriesAsLongAsThereAreCarriersDoNotStallOtherVirtualThreads() throws Exception {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                Runtime.getRuntime().availableProcessors());
        try (QuerySandboxes sandboxes = new QuerySandboxes(new DuckDbConnections(SETTINGS), SETTINGS);
                ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Sandbox> running = new ArrayList<>();
            List<CompletableFuture<Throwable>> endless = new ArrayList<>();
            for (int i = 0; i < carriers; i++) {
                Sandbox sandbox = sandboxes.open(List.of());
                running.add(sandbox);
                endless.add(CompletableFuture.supplyAsync(() -> catchThrowable(() -> sandbox.query(ENDLESS, 1)), virtual));
            }
            try {
                Thread.sleep(INTO_THE_ENGINE);
                CompletableFuture<String> other = CompletableFuture.supplyAsync(() -> "answered", virtual);

                assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo("answered");
                assertThat(endless).noneMatch(CompletableFuture::isDone);
            }
            finally {
                running.forEach(Sandbox::cancel);
            }
            for (CompletableFuture<Throwable> query : endless) {
                assertThat(query.get(30, TimeUnit.SECONDS)).isInstanceOf(QueryStoppedException.class)
                        .hasMessage("The query was cancelled");
            }
            running.forEach(Sandbox::close);
        }
    }
}
