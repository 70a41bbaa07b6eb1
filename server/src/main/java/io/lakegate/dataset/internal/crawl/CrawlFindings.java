package io.lakegate.dataset.internal.crawl;

import java.util.List;

/** What a crawl found: the tables it could read and the table directories it could not. */
public record CrawlFindings(List<DiscoveredTable> tables, List<CrawlFailure> failures) {

    public CrawlFindings {
        tables = List.copyOf(tables);
        failures = List.copyOf(failures);
    }
}
