package io.lakegate.dataset.internal.crawl;

import static io.lakegate.query.DuckDbConnections.literal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * CSV and TSV: the dialect is sniffed from the first file and applied to all; the engine then infers the
 * columns of every sampled file. DuckDB's sniffer does not fail on rows of different lengths: it skips the
 * leading rows that do not fit the rest, or falls back to one column holding whole lines. Either result
 * (skipped rows, or one column for a header that splits on a common delimiter) is taken as a malformed file,
 * which is then read strictly to say what is wrong. Leading lines before the header are not supported.
 */
final class CsvSchemaReader implements SchemaReader {

    private static final List<String> COMMON_DELIMITERS = List.of(",", "\t", ";", "|");
    private static final int STRICTLY_READ_ROWS = 100_000;
    private static final String EMPTY = "(empty)";
    private static final Pattern FILE_IN_MESSAGE = Pattern.compile("file \"([^\"]+)\"");

    @Override
    public InferredSchema infer(CrawlEngine engine, TableDirectory table, List<DataFile> sample)
            throws SQLException, IOException, UnreadableTableException {
        for (DataFile file : sample) {
            if (FileHead.of(file).blank()) {
                throw new UnreadableTableException("file %s has no columns: it holds only blank lines".formatted(file.relativePath()));
            }
        }
        CsvDialect dialect = sniff(engine, sample.getFirst());
        String relation = "read_csv(%s, %s, union_by_name=true, %s)"
                .formatted(CrawlEngine.fileList(sample), dialect.readerArguments(), SchemaReader.hivePartitioning(table));
        try {
            return new InferredSchema(dialect.options(), engine.describe(relation), null);
        }
        catch (SQLException e) {
            Optional<DataFile> named = fileNamedIn(e, sample);
            if (named.isEmpty()) {
                throw e;
            }
            throw malformed(engine, named.get(), dialect, engine.clean(e));
        }
    }

    private CsvDialect sniff(CrawlEngine engine, DataFile file) throws SQLException, IOException, UnreadableTableException {
        record Sniffed(CsvDialect dialect, int columnCount, int skippedRows) {
        }
        Sniffed sniffed = engine.queryRow("select Delimiter, Quote, Escape, HasHeader, len(Columns), SkipRows from sniff_csv(%s)"
                .formatted(literal(file.path().toString())), row -> new Sniffed(
                CsvDialect.sniffed(row.getString(1), orEmpty(row.getString(2)), orEmpty(row.getString(3)), row.getBoolean(4)),
                row.getInt(5), row.getInt(6)));
        if (sniffed.skippedRows() > 0) {
            throw malformed(engine, file, sniffed.dialect().withHeader(),
                    "its first %d lines do not have the fields of the others".formatted(sniffed.skippedRows()));
        }
        if (sniffed.columnCount() == 1) {
            String header = FileHead.of(file).firstLine();
            Optional<CsvDialect> splitting = COMMON_DELIMITERS.stream()
                    .filter(delimiter -> !delimiter.equals(sniffed.dialect().delimiter()))
                    .map(CsvDialect::standard)
                    .filter(candidate -> candidate.fieldCount(header) > 1)
                    .max(Comparator.comparingInt(candidate -> candidate.fieldCount(header)));
            if (splitting.isPresent()) {
                throw malformed(engine, file, splitting.get(), "its rows do not split into the same number of fields");
            }
        }
        return sniffed.dialect();
    }

    /** The file read strictly with the dialect, to name the first bad line; {@code otherwise} if none shows. */
    private static UnreadableTableException malformed(CrawlEngine engine, DataFile file, CsvDialect dialect, String otherwise)
            throws IOException, UnreadableTableException {
        int fields = dialect.fieldCount(FileHead.of(file).firstLine());
        String columns = IntStream.range(0, fields).mapToObj(field -> "'c%d': 'VARCHAR'".formatted(field))
                .collect(Collectors.joining(", ", "{", "}"));
        String strictRead = "select count(*) from (select 1 from read_csv(%s, auto_detect=false, %s, columns=%s) limit %d)"
                .formatted(literal(file.path().toString()), dialect.readerArguments(), columns, STRICTLY_READ_ROWS);
        String reason;
        try {
            engine.queryRow(strictRead, row -> row.getLong(1));
            reason = otherwise;
        }
        catch (SQLException e) {
            reason = engine.clean(e);
        }
        return new UnreadableTableException("file %s is malformed: %s".formatted(file.relativePath(), reason));
    }

    private static Optional<DataFile> fileNamedIn(SQLException e, List<DataFile> files) {
        Matcher matcher = FILE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        if (!matcher.find()) {
            return Optional.empty();
        }
        String path = matcher.group(1);
        return files.stream().filter(file -> file.path().toString().equals(path)).findFirst();
    }

    private static String orEmpty(String sniffed) {
        return sniffed == null || sniffed.equals(EMPTY) ? "" : sniffed;
    }
}
