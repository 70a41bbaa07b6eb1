package io.lakegate.dataset.internal.crawl;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/** Infers the schema of one format's files. */
interface SchemaReader {

    /**
     * @param table  the table directory, laid out consistently (one kind of file, one partition layout)
     * @param sample the files to infer the columns from: all of the table's, or an even spread when there are many
     */
    InferredSchema infer(CrawlEngine engine, TableDirectory table, List<DataFile> sample)
            throws SQLException, IOException, UnreadableTableException;

    static SchemaReader of(FileKind kind) {
        return switch (kind) {
            case CSV, TSV -> new CsvSchemaReader();
            case JSON -> new JsonSchemaReader();
            case PARQUET -> new ParquetSchemaReader();
        };
    }

    static String hivePartitioning(TableDirectory table) {
        return "hive_partitioning=" + !table.partitionKeys().isEmpty();
    }
}
