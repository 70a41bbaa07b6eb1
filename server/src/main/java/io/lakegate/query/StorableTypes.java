package io.lakegate.query;

import java.util.Optional;
import java.util.Set;

/**
 * The types a result's columns are written to Parquet as, so that no value loses digits. DuckDB's Parquet writer turns
 * 128-bit integers ({@code HUGEINT}, {@code UHUGEINT}: the sums of integers, among others) into doubles; written as
 * {@code DECIMAL(38,0)} instead, every integer below 10^38 is kept exactly, also inside lists, structs and maps.
 */
final class StorableTypes {

    private static final Set<String> WIDE_INTEGERS = Set.of("HUGEINT", "UHUGEINT");
    private static final String EXACT = "DECIMAL(38,0)";

    private StorableTypes() {
    }

    /**
     * The type to write a column of {@code type} as (DuckDB's spelling of a type, as result metadata gives it), if it
     * is not the type itself: every wide integer in it, at any depth, as a 38-digit decimal. Names and values in
     * quotes (struct fields, enum labels) are left as they are.
     */
    static Optional<String> exactFor(String type) {
        StringBuilder exact = new StringBuilder(type.length());
        boolean replaced = false;
        char quote = 0;
        int position = 0;
        while (position < type.length()) {
            char character = type.charAt(position);
            if (quote != 0) {
                exact.append(character);
                if (character == quote) {
                    if (position + 1 < type.length() && type.charAt(position + 1) == quote) {
                        // a doubled quote stands for the quote character itself
                        exact.append(quote);
                        position++;
                    }
                    else {
                        quote = 0;
                    }
                }
                position++;
            }
            else if (character == '\'' || character == '"') {
                quote = character;
                exact.append(character);
                position++;
            }
            else if (Character.isLetterOrDigit(character) || character == '_') {
                int end = position;
                while (end < type.length() && (Character.isLetterOrDigit(type.charAt(end)) || type.charAt(end) == '_')) {
                    end++;
                }
                String word = type.substring(position, end);
                if (WIDE_INTEGERS.contains(word)) {
                    exact.append(EXACT);
                    replaced = true;
                }
                else {
                    exact.append(word);
                }
                position = end;
            }
            else {
                exact.append(character);
                position++;
            }
        }
        return replaced ? Optional.of(exact.toString()) : Optional.empty();
    }
}
