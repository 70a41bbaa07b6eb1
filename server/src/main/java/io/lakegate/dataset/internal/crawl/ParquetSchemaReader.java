package io.lakegate.dataset.internal.crawl;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Parquet: columns from the sampled files' schemas, the record count from every file's footer. */
final class ParquetSchemaReader implements SchemaReader {

    @Override
    public InferredSchema infer(CrawlEngine engine, TableDirectory table, List<DataFile> sample) throws SQLException {
        List<DescribedColumn> columns = engine.describe("read_parquet(%s, union_by_name=true, %s)"
                .formatted(CrawlEngine.fileList(sample), SchemaReader.hivePartitioning(table)));
        long records = engine.queryRow("select coalesce(sum(num_rows), 0)::BIGINT from parquet_file_metadata(%s)"
                .formatted(CrawlEngine.fileList(table.files())), row -> row.getLong(1));
        return new InferredSchema(Map.of(), columns, records);
    }
}
