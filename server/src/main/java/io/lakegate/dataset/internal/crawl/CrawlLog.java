package io.lakegate.dataset.internal.crawl;

/** Where a crawl reports what it does. Messages name files and directories by their path inside the dataset. */
public interface CrawlLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    /**
     * How many of the table directories in the crawl are done: called with {@code done} 0 once the dataset is
     * listed, before any file is read, then after each table directory.
     */
    void progress(int done, int total);
}
