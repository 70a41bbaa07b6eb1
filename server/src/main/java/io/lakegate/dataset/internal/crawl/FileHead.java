package io.lakegate.dataset.internal.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The beginning of a text file (decompressed when its name ends in {@code .gz}), for the checks the engine's
 * sniffers do not make.
 *
 * @param text     up to {@value #LIMIT} bytes of it, as UTF-8
 * @param complete whether {@code text} is the whole file
 */
record FileHead(String text, boolean complete) {

    static final int LIMIT = 64 * 1024;
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    static FileHead of(DataFile file) throws IOException, UnreadableTableException {
        try (InputStream in = open(file.path())) {
            byte[] bytes = in.readNBytes(LIMIT);
            boolean complete = bytes.length < LIMIT || in.read() < 0;
            String text = new String(bytes, StandardCharsets.UTF_8);
            return new FileHead(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text, complete);
        }
        catch (ZipException e) {
            throw new UnreadableTableException("file %s is not gzip-compressed (%s)".formatted(file.relativePath(), e.getMessage()));
        }
    }

    /** Whether the whole file is whitespace. */
    boolean blank() {
        return complete && text.isBlank();
    }

    String firstLine() {
        return text.lines().findFirst().orElse("");
    }

    /** The first character that is not whitespace, or -1 if none is in the head. */
    int firstSignificantCharacter() {
        return text.strip().chars().findFirst().orElse(-1);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return in;
        }
        try {
            return new GZIPInputStream(in);
        }
        catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
