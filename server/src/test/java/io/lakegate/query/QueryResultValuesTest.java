package io.lakegate.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import io.lakegate.platform.LakegateProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Result values keep types that JSON can show; nested values are converted throughout. */
class QueryResultValuesTest {

    private static final LakegateProperties.Query SETTINGS =
            new LakegateProperties.Query("1GB", 2, Duration.ofSeconds(5));

    static QuerySandboxes sandboxes;
    static Sandbox sandbox;

    @BeforeAll
    static void openSandbox() {
        sandboxes = new QuerySandboxes(new DuckDbConnections(SETTINGS), SETTINGS);
        sandbox = sandboxes.open(List.of());
    }

    @AfterAll
    static void closeSandbox() throws Exception {
        sandbox.close();
        sandboxes.close();
    }

    @Test
    void scalarsKeepTheirJsonType() {
        QueryResult result = sandbox.query("""
                select 42::bigint, 7::integer, 2::smallint, 1.5::double, 12.34::decimal(10,2),
                       170141183460469231731687303715884105727::hugeint, true, 'text', null::varchar""", 1);

        assertThat(result.columns()).extracting(ResultColumn::type).containsExactly("BIGINT", "INTEGER", "SMALLINT",
                "DOUBLE", "DECIMAL(10,2)", "HUGEINT", "BOOLEAN", "VARCHAR", "VARCHAR");
        assertThat(result.rows().getFirst()).containsExactly(42L, 7, (short) 2, 1.5, new BigDecimal("12.34"),
                new BigInteger("170141183460469231731687303715884105727"), true, "text", null);
    }

    @Test
    void datesTimesAndOthersBecomeIsoAndOtherStrings() {
        QueryResult result = sandbox.query("""
                select date '2024-01-31', timestamp '2024-01-31 12:34:56.789', timestamp '2024-01-31 00:00:00',
                       timestamptz '2024-01-31 12:34:56+02', time '12:34:56', interval 3 day,
                       uuid '8e884ace-bee4-11e4-8dfc-aa07a5b093db', '\\xAA\\x00'::blob, '{"a": 1}'::json""", 1);

        assertThat(result.columns()).extracting(ResultColumn::type).containsExactly("DATE", "TIMESTAMP", "TIMESTAMP",
                "TIMESTAMP WITH TIME ZONE", "TIME", "INTERVAL", "UUID", "BLOB", "JSON");
        assertThat(result.rows().getFirst()).containsExactly("2024-01-31", "2024-01-31T12:34:56.789",
                "2024-01-31T00:00:00", "2024-01-31T10:34:56Z", "12:34:56", "3 days",
                "8e884ace-bee4-11e4-8dfc-aa07a5b093db", "qgA=", "{\"a\": 1}");
    }

    @Test
    void listsStructsAndMapsBecomeListsAndMapsOfConvertedValues() {
        QueryResult result = sandbox.query("""
                select [1, 2, null], {'name': 'a', 'on': date '2024-01-31', 'tags': ['x']},
                       map {1: 'one'}, [{'at': timestamptz '2024-01-31 00:00:00+00'}], [1, 2]::integer[2]""", 1);

        assertThat(result.columns()).extracting(ResultColumn::type).containsExactly("INTEGER[]",
                "STRUCT(\"name\" VARCHAR, \"on\" DATE, tags VARCHAR[])", "MAP(INTEGER, VARCHAR)",
                "STRUCT(\"at\" TIMESTAMP WITH TIME ZONE)[]", "INTEGER[2]");
        assertThat(result.rows().getFirst()).containsExactly(Arrays.asList(1, 2, null),
                Map.of("name", "a", "on", "2024-01-31", "tags", List.of("x")), Map.of("1", "one"),
                List.of(Map.of("at", "2024-01-31T00:00:00Z")), List.of(1, 2));
    }

    @Test
    void timestampsDoNotDependOnTheServersTimeZone() {
        TimeZone serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try {
            // 02:30 does not exist in Berlin on that day; java.sql.Timestamp would make it 03:30
            assertThat(sandbox.query("select timestamp '2024-03-31 02:30:00'", 1).rows())
                    .containsExactly(List.of("2024-03-31T02:30:00"));
        }
        finally {
            TimeZone.setDefault(serverZone);
        }
    }
}
