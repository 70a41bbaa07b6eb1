package io.lakegate.dataset.internal.crawl;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.lakegate.access.TableFormat;

/** The kinds of data file the crawler reads, told apart by extension. A table's files are all of one kind. */
enum FileKind {

    CSV("csv", TableFormat.CSV, ".csv", ".csv.gz"),
    TSV("tsv", TableFormat.CSV, ".tsv", ".tsv.gz"),
    JSON("json", TableFormat.JSON, ".json", ".ndjson", ".jsonl"),
    PARQUET("parquet", TableFormat.PARQUET, ".parquet");

    private final String label;
    private final TableFormat format;
    private final List<String> extensions;

    FileKind(String label, TableFormat format, String... extensions) {
        this.label = label;
        this.format = format;
        this.extensions = List.of(extensions);
    }

    static Optional<FileKind> of(String fileName) {
        String lowerCase = fileName.toLowerCase(Locale.ROOT);
        return Stream.of(values())
                .filter(kind -> kind.extensions.stream().anyMatch(lowerCase::endsWith))
                .findFirst();
    }

    String label() {
        return label;
    }

    TableFormat format() {
        return format;
    }
}
