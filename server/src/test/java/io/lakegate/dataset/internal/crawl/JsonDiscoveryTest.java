package io.lakegate.dataset.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import io.lakegate.access.TableFormat;
import io.lakegate.access.TableSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonDiscoveryTest extends CrawlTestSupport {

    @TempDir
    Path dataset;

    @Test
    void aJsonArrayOfObjectsIsReadAsAnArray() {
        write(dataset, "customers/a.json", """
                [
                  {"id": 1, "name": "Ann", "vip": true},
                  {"id": 2, "name": "Bob", "tags": ["x", "y"]}
                ]
                """);

        TableSource source = table(crawl(dataset), "customers").source();

        assertThat(source.format()).isEqualTo(TableFormat.JSON);
        assertThat(source.options()).isEqualTo(Map.of("format", "array"));
        assertThat(source.columns()).containsExactly(column("id", "BIGINT"), column("name", "VARCHAR"),
                column("vip", "BOOLEAN"), column("tags", "VARCHAR[]"));
    }

    @Test
    void oneObjectPerLineIsNewlineDelimitedWhateverTheExtension() {
        write(dataset, "clicks/a.json", "{\"id\": 1, \"page\": \"/\"}\n{\"id\": 2, \"page\": \"/about\"}\n");
        write(dataset, "clicks/b.ndjson", "{\"id\": 3, \"page\": \"/\", \"ms\": 12.5}\n");
        write(dataset, "clicks/c.jsonl", "{\"id\": 4, \"page\": \"/help\"}\n");

        CrawlFindings findings = crawl(dataset);

        assertNoFailures(findings);
        DiscoveredTable clicks = table(findings, "clicks");
        assertThat(clicks.source().options()).isEqualTo(Map.of("format", "newline_delimited"));
        assertThat(clicks.source().columns()).containsExactly(column("id", "BIGINT"), column("page", "VARCHAR"),
                column("ms", "DOUBLE"));
        assertThat(clicks.statistics().objectCount()).isEqualTo(3);
        assertThat(clicks.statistics().recordCount()).isNull();
    }

    @Test
    void partitionedJsonHasPartitionColumns() {
        write(dataset, "events/day=2024-01-01/a.json", "{\"kind\": \"open\"}\n");
        write(dataset, "events/day=2024-01-02/a.json", "{\"kind\": \"close\"}\n");

        assertThat(table(crawl(dataset), "events").source().columns())
                .containsExactly(column("kind", "VARCHAR"), partition("day", "DATE"));
    }
}
