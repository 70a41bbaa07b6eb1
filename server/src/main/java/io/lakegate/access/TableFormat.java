package io.lakegate.access;

/** How a table's files are encoded. TSV is CSV with a tab delimiter; NDJSON and JSON arrays are both JSON. */
public enum TableFormat {
    CSV, JSON, PARQUET
}
