package io.lakegate.dataset.internal.crawl;

import static io.lakegate.query.DuckDbConnections.literal;

import java.util.Map;

/** How a CSV or TSV file is written: the engine's reader options and the table's recorded options. */
record CsvDialect(String delimiter, String quote, String escape, boolean header) {

    private static final String DOUBLE_QUOTE = "\"";

    /**
     * The dialect the sniffer found, with standard quoting where it saw none: the sniffer reports only what
     * its sample shows, and a later file (or a later part of this one) may quote a field with a comma in it.
     * Standard quoting reads unquoted files the same way.
     */
    static CsvDialect sniffed(String delimiter, String quote, String escape, boolean header) {
        String quoteOrStandard = quote.isEmpty() ? DOUBLE_QUOTE : quote;
        return new CsvDialect(delimiter, quoteOrStandard, escape.isEmpty() ? quoteOrStandard : escape, header);
    }

    /** Comma-separated with a header and standard quoting, but with another delimiter. */
    static CsvDialect standard(String delimiter) {
        return new CsvDialect(delimiter, DOUBLE_QUOTE, DOUBLE_QUOTE, true);
    }

    CsvDialect withHeader() {
        return new CsvDialect(delimiter, quote, escape, true);
    }

    /** The reader's arguments; {@code skip=0} keeps the engine from dropping leading rows that do not fit. */
    String readerArguments() {
        return "delim=%s, quote=%s, escape=%s, header=%s, skip=0"
                .formatted(literal(delimiter), literal(quote), literal(escape), header);
    }

    Map<String, String> options() {
        return Map.of("delimiter", delimiter, "quote", quote, "escape", escape, "header", Boolean.toString(header));
    }

    /** How many fields a line splits into, delimiters inside quotes not counting. */
    int fieldCount(String line) {
        int fields = 1;
        boolean quoted = false;
        for (int at = 0; at < line.length(); at++) {
            if (!quote.isEmpty() && line.startsWith(quote, at)) {
                quoted = !quoted;
            }
            else if (!quoted && line.startsWith(delimiter, at)) {
                fields++;
            }
        }
        return fields;
    }
}
