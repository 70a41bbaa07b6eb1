package io.lakegate.dataset.internal.crawl;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.List;

/**
 * Makes the engine's error messages fit for a crawl log: the first, telling part only (no fix-it lists, no
 * echoed SQL, no copied data rows), without the error class prefix, with paths made relative to the dataset.
 */
final class EngineMessages {

    private static final int MAX_LENGTH = 500;
    private static final Pattern ERROR_CLASS = Pattern.compile("^[A-Za-z ]+ Error: ");
    private static final String ORIGINAL_LINE = "Original Line:";
    private static final String[] TAIL_MARKERS = {"\nPossible fixes:", "\nThe search space used was:", "\nLINE 1:"};

    private EngineMessages() {
    }

    static String clean(String message, Path datasetRoot) {
        String text = message == null ? "" : message;
        for (String marker : TAIL_MARKERS) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.stream().anyMatch(line -> line.startsWith(ORIGINAL_LINE))) {
            // A CSV error quotes the offending row, which may span lines: keep what and where, not the data.
            lines = List.of(lines.getFirst(), lines.getLast());
        }
        String root = datasetRoot.toString();
        text = String.join("; ", lines)
                .replace(root + "/", "")
                .replace(root, ".");
        text = ERROR_CLASS.matcher(text).replaceFirst("");
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }
}
