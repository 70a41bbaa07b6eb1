package io.lakegate.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.lakegate.share.ShareTestSupport;
import io.lakegate.test.Caller;
import io.lakegate.test.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Runs of all teams share the server's turns ({@code lakegate.worksheets.max-running}): beyond them, runs wait. */
@TestPropertySource(properties = "lakegate.worksheets.max-running=1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ServerTurnsTest extends ShareTestSupport {

    private static final String ENDLESS = "select sum(a.i * b.i) from range(1000000) a(i), range(1000000) b(i)";

    @Test
    void aRunOfAnotherTeamWaitsForTheServersTurnAndRunsWhenItIsFree() throws Exception {
        Consumer busy = consumer();
        Consumer waiting = consumer();
        String endless = start(busy.api(), worksheet(busy), ENDLESS);
        Eventually.eventually("the endless query to run", () -> busy.api().get(endless).expect(200).json(),
                run -> run.path("status").asString().equals("RUNNING"));

        String small = start(waiting.api(), worksheet(waiting), "select 42 as answer");
        Thread.sleep(500);
        assertThat(waiting.api().get(small).expect(200).json().path("status").asString())
                .as("the server's only turn is taken").isEqualTo("QUEUED");

        busy.api().delete(endless).expect(200);
        JsonNode answered = Eventually.eventually("the waiting query to run", () -> waiting.api().get(small).expect(200)
                .json(), run -> run.path("status").asString().equals("SUCCEEDED"));
        assertThat(answered.path("rows").get(0).get(0).asLong()).isEqualTo(42);
    }

    private String worksheet(Consumer consumer) {
        return consumer.api().post(WorksheetsTest.WORKSHEETS, Map.of("name", unique("Turns"), "ownerTeam", consumer.team(),
                "environmentUri", consumer.environment())).expect(201).text("uri");
    }

    /** Starts a run without waiting for it; answers its path. */
    private static String start(Caller caller, String worksheet, String sql) {
        return "/api/v1/queries/" + caller.post(WorksheetsTest.WORKSHEETS + "/" + worksheet + "/queries?wait=false",
                Map.of("sql", sql)).expect(202).text("uri");
    }
}
