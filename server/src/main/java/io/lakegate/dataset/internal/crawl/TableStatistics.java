package io.lakegate.dataset.internal.crawl;

/**
 * What the crawler measured of a table's files.
 *
 * @param objectCount the data files read (empty files are skipped and not counted)
 * @param totalBytes  their total size
 * @param recordCount the number of records where it is cheap to know (Parquet footers), else null
 * @param fingerprint changes whenever a data file is added, removed, resized or rewritten
 */
public record TableStatistics(long objectCount, long totalBytes, Long recordCount, String fingerprint) {
}
