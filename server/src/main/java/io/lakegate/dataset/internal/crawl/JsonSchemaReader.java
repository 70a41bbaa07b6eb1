package io.lakegate.dataset.internal.crawl;

import static io.lakegate.query.DuckDbConnections.literal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * JSON: a file holds either one array of objects or one object per line (NDJSON), told by its first character;
 * {@code .ndjson} and {@code .jsonl} files are always one object per line. Records must be objects with fields.
 */
final class JsonSchemaReader implements SchemaReader {

    private static final String ARRAY = "array";
    private static final String NEWLINE_DELIMITED = "newline_delimited";

    private static final String NOT_RECORDS = "expected records";
    private static final String MALFORMED = "Malformed JSON";
    private static final String UNACTIONABLE_HINT = " Try auto-detecting the JSON format";

    @Override
    public InferredSchema infer(CrawlEngine engine, TableDirectory table, List<DataFile> sample)
            throws SQLException, IOException, UnreadableTableException {
        String format = format(table);
        String relation = "read_json(%s, format=%s, records=true, union_by_name=true, %s)"
                .formatted(CrawlEngine.fileList(sample), literal(format), SchemaReader.hivePartitioning(table));
        try {
            return new InferredSchema(Map.of("format", format), engine.describe(relation), null);
        }
        catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains(NOT_RECORDS)) {
                throw new UnreadableTableException("directory %s holds JSON values that are not objects with fields"
                        .formatted(table.relativePath()));
            }
            if (format.equals(NEWLINE_DELIMITED) && String.valueOf(e.getMessage()).contains(MALFORMED)) {
                throw new UnreadableTableException(engine.clean(e).replace(UNACTIONABLE_HINT, "")
                        + " (newline-delimited JSON holds one whole object per line)");
            }
            throw e;
        }
    }

    private static String format(TableDirectory table) throws IOException, UnreadableTableException {
        Set<String> formats = new TreeSet<>();
        for (DataFile file : table.files()) {
            formats.add(format(file));
        }
        if (formats.size() > 1) {
            throw new UnreadableTableException("directory %s mixes JSON arrays and newline-delimited JSON"
                    .formatted(table.relativePath()));
        }
        return formats.iterator().next();
    }

    private static String format(DataFile file) throws IOException, UnreadableTableException {
        String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return NEWLINE_DELIMITED;
        }
        int first = FileHead.of(file).firstSignificantCharacter();
        return switch (first) {
            case '[' -> ARRAY;
            case '{' -> NEWLINE_DELIMITED;
            case -1 -> throw new UnreadableTableException("file %s holds no JSON: it is blank".formatted(file.relativePath()));
            default -> throw new UnreadableTableException("file %s is not JSON objects: it starts with '%s'"
                    .formatted(file.relativePath(), Character.toString(first)));
        };
    }
}
