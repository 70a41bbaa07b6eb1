package io.lakegate.query;

import static io.lakegate.query.TableFiles.column;
import static io.lakegate.query.TableFiles.csv;
import static io.lakegate.query.TableFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.lakegate.access.DataFilter;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.test.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Sandboxes kept between an owner's queries over the same tables, and when they are not. */
class WarmSandboxesTest extends SalesStoreTest {

    private static final DataSize ANY_SIZE = DataSize.ofGigabytes(1);
    private static final String ENDLESS = "select count(*) from range(100000000000) a";

    private Path results;
    private WarmSandboxes warm;

    @BeforeEach
    void openWarmSandboxes() throws Exception {
        results = Files.createTempDirectory(root, "results");
        warm = new WarmSandboxes(sandboxes, results, settings(2, Duration.ofMinutes(1)));
    }

    @AfterEach
    void closeWarmSandboxes() {
        warm.close();
    }

    private static LakegateProperties.Query settings(int warmSandboxes, Duration idleTime) {
        return new LakegateProperties.Query(SETTINGS.memoryLimit(), SETTINGS.threads(), SETTINGS.statementTimeout(), 0,
                warmSandboxes, idleTime);
    }

    @Test
    void anOwnersNextQueryOverTheSameTablesRunsInTheSandboxOfTheLast() {
        Sandbox first;
        Path firstResult;
        try (KeptSandbox kept = warm.take("analysts", List.of(store.orders()))) {
            first = kept.sandbox();
            firstResult = kept.resultFile("q1.parquet");
            first.store("select count(*) as orders from sales.orders", firstResult, 1, ANY_SIZE);
        }
        assertThat(warm.idleCount()).isOne();

        try (KeptSandbox kept = warm.take("analysts", List.of(store.orders()))) {
            assertThat(kept.sandbox()).isSameAs(first);
            Path secondResult = kept.resultFile("q2.parquet");
            assertThat(secondResult.getParent()).isEqualTo(firstResult.getParent()).startsWith(results);
            assertThat(kept.sandbox().store("select sum(amount) as total from sales.orders", secondResult, 1, ANY_SIZE)
                    .firstRows()).containsExactly(List.of(new BigDecimal("35.75")));
        }
        assertThat(firstResult).exists();
    }

    @Test
    void anotherOwnerOverTheSameTablesGetsASandboxOfItsOwnThatCannotReadTheFirstsResults() {
        Path analystsResult;
        try (KeptSandbox kept = warm.take("analysts", List.of(store.orders()))) {
            analystsResult = kept.resultFile("q.parquet");
            kept.sandbox().store("select * from sales.orders", analystsResult, 1, ANY_SIZE);
        }
        try (KeptSandbox kept = warm.take("auditors", List.of(store.orders()))) {
            assertThat(kept.resultFile("q.parquet").getParent()).isNotEqualTo(analystsResult.getParent());
            assertThatThrownBy(() -> kept.sandbox().withConnection(connection -> connection.createStatement()
                    .execute("select * from read_parquet('%s')".formatted(analystsResult))))
                    .isInstanceOf(QueryFailedException.class)
                    .hasMessageContaining("Cannot access file");
        }
        assertThat(warm.idleCount()).isEqualTo(2);
    }

    @Test
    void queriesAtOnceTakeSandboxesOfTheirOwn() {
        try (KeptSandbox one = warm.take("analysts", List.of(store.orders()));
                KeptSandbox other = warm.take("analysts", List.of(store.orders()))) {
            assertThat(one.sandbox()).isNotSameAs(other.sandbox());
        }
        assertThat(warm.idleCount()).isEqualTo(2);
    }

    @Test
    void changedTablesTakeANewSandboxAndTheOwnersSandboxesOverTheOldOnesAreClosed() {
        Sandbox whole;
        try (KeptSandbox kept = warm.take("analysts", List.of(store.orders()))) {
            whole = kept.sandbox();
        }
        DataFilter onlyAlice = new DataFilter("alice", List.of(), "customer = 'alice'");
        try (KeptSandbox kept = warm.take("analysts", List.of(store.orders("sales", onlyAlice)))) {
            assertThat(kept.sandbox()).isNotSameAs(whole);
            assertThat(kept.sandbox().query("select count(*) from sales.orders", 1).rows())
                    .as("the filter of the new tables applies").containsExactly(List.of(2L));
            assertThat(warm.idleCount()).isZero();
            assertThatThrownBy(() -> whole.query("select 1", 1)).as("closed").isInstanceOf(RuntimeException.class);
        }
        try (KeptSandbox kept = warm.take("analysts", List.of())) {
            assertThat(kept.sandbox().query("select count(*) from range(3)", 1).rows()).containsExactly(List.of(3L));
            assertThatThrownBy(() -> kept.sandbox().query("select * from sales.orders", 1))
                    .as("a table no longer readable").isInstanceOf(QueryRefusedException.class);
        }
    }

    @Test
    void aCancelledSandboxIsClosedNotKept() throws Exception {
        Sandbox cancelled;
        try (KeptSandbox kept = warm.take("analysts", List.of(store.orders()))) {
            cancelled = kept.sandbox();
            CompletableFuture<QueryResult> running = CompletableFuture.supplyAsync(() -> cancelled.query(ENDLESS, 1));
            Thread.sleep(300);
            kept.cancel();
            assertThat(running).failsWithin(5, TimeUnit.SECONDS);
        }
        assertThat(warm.idleCount()).isZero();
        try (KeptSandbox kept = warm.take("analysts", List.of(store.orders()))) {
            assertThat(kept.sandbox()).isNotSameAs(cancelled);
            assertThat(kept.sandbox().query("select count(*) from sales.orders", 1).rows()).containsExactly(List.of(3L));
        }
    }

    @Test
    void aSandboxStoppedByTheTimeLimitIsClosedNotKept() throws Exception {
        LakegateProperties.Query quick = new LakegateProperties.Query("1GB", 2, Duration.ofSeconds(1));
        try (QuerySandboxes quickSandboxes = new QuerySandboxes(new DuckDbConnections(quick), quick);
                WarmSandboxes quickWarm = new WarmSandboxes(quickSandboxes, results, settings(2, Duration.ofMinutes(1)))) {
            try (KeptSandbox kept = quickWarm.take("analysts", List.of())) {
                assertThatThrownBy(() -> kept.sandbox().query(ENDLESS, 1)).isInstanceOf(QueryStoppedException.class);
            }
            assertThat(quickWarm.idleCount()).isZero();
        }
    }

    @Test
    void aCancelThatComesAfterTheQueryGaveTheSandboxBackDoesNotReachTheNextQuery() {
        KeptSandbox earlier = warm.take("analysts", List.of(store.orders()));
        earlier.close();
        try (KeptSandbox later = warm.take("analysts", List.of(store.orders()))) {
            assertThat(later.sandbox()).isSameAs(earlier.sandbox());
            earlier.cancel();
            assertThat(later.sandbox().query("select count(*) from sales.orders", 1).rows())
                    .containsExactly(List.of(3L));
        }
        assertThat(warm.idleCount()).isOne();
    }

    @Test
    void aDiscardedSandboxIsClosedNotKept() {
        Sandbox discarded;
        try (KeptSandbox kept = warm.take("analysts", List.of(store.orders()))) {
            discarded = kept.sandbox();
            kept.discard();
        }
        assertThat(warm.idleCount()).isZero();
        assertThatThrownBy(() -> discarded.query("select 1", 1)).as("closed").isInstanceOf(RuntimeException.class);
    }

    @Test
    void atMostTheCapacityWaitsTheLongestIdleIsClosedFirst() {
        Sandbox first;
        try (KeptSandbox kept = warm.take("first", List.of(store.orders()))) {
            first = kept.sandbox();
        }
        warm.take("second", List.of(store.orders())).close();
        warm.take("third", List.of(store.orders())).close();

        assertThat(warm.idleCount()).isEqualTo(2);
        try (KeptSandbox kept = warm.take("first", List.of(store.orders()))) {
            assertThat(kept.sandbox()).isNotSameAs(first);
        }
    }

    @Test
    void sandboxesIdleLongerThanTheIdleTimeAreClosed() {
        try (WarmSandboxes brief = new WarmSandboxes(sandboxes, results, settings(2, Duration.ofMillis(200)))) {
            Sandbox idle;
            try (KeptSandbox kept = brief.take("analysts", List.of(store.orders()))) {
                idle = kept.sandbox();
            }
            assertThat(brief.idleCount()).isOne();
            Eventually.eventually("the idle sandbox closed", brief::idleCount, count -> count == 0);
            assertThatThrownBy(() -> idle.query("select 1", 1)).as("closed").isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void noSandboxIsKeptWhenNoneMayBe() {
        try (WarmSandboxes none = new WarmSandboxes(sandboxes, results, settings(0, Duration.ofMinutes(1)))) {
            Sandbox used;
            try (KeptSandbox kept = none.take("analysts", List.of(store.orders()))) {
                used = kept.sandbox();
            }
            assertThat(none.idleCount()).isZero();
            try (KeptSandbox kept = none.take("analysts", List.of(store.orders()))) {
                assertThat(kept.sandbox()).isNotSameAs(used);
            }
        }
    }

    @Test
    void emptyResultDirectoriesOfClosedSandboxesAreDeletedThoseInUseOrHoldingResultsStay() throws Exception {
        Path holding;
        try (KeptSandbox kept = warm.take("holding", List.of())) {
            holding = kept.resultFile("kept.parquet");
            kept.sandbox().store("select 1 as one", holding, 1, ANY_SIZE);
            kept.discard();
        }
        Path emptied;
        try (KeptSandbox kept = warm.take("emptied", List.of())) {
            emptied = kept.resultFile("r.parquet").getParent();
            kept.discard();
        }
        try (KeptSandbox inUse = warm.take("busy", List.of());
                KeptSandbox idle = warm.take("idle", List.of(store.orders()))) {
            Path inUseDirectory = inUse.resultFile("r.parquet").getParent();
            Path idleDirectory = idle.resultFile("r.parquet").getParent();
            idle.close();

            warm.deleteEmptyResultDirectories();

            assertThat(emptied).doesNotExist();
            assertThat(holding).exists();
            assertThat(inUseDirectory).isDirectory();
            assertThat(idleDirectory).isDirectory();
            assertThat(inUse.sandbox().store("select 2 as two", inUse.resultFile("r.parquet"), 1, ANY_SIZE).rows()).isOne();
        }
    }

    @Test
    void aResultsNameMustBeAFileName() {
        try (KeptSandbox kept = warm.take("analysts", List.of())) {
            assertThatThrownBy(() -> kept.resultFile("../elsewhere.parquet")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> kept.resultFile("sub/r.parquet")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aTableWithoutDataFilesIsReadByALaterQueryOnceFilesCame() {
        Path late = root.resolve("sales/late");
        SandboxTable lateTable = new SandboxTable("sales", "late", csv(late, List.of(column("id", "BIGINT"))), null);
        write(late.resolve("_SUCCESS"), "");
        try (KeptSandbox kept = warm.take("analysts", List.of(lateTable))) {
            assertThatThrownBy(() -> kept.sandbox().query("select * from sales.late", 1))
                    .hasMessage("Table sales.late cannot be read: it has no data files");
        }
        write(late.resolve("part-0.csv"), "id\n5\n");
        try (KeptSandbox kept = warm.take("analysts", List.of(lateTable))) {
            assertThat(kept.sandbox().query("select * from sales.late", 1).rows()).containsExactly(List.of(5L));
        }
    }
}
