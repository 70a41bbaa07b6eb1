package io.lakegate.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ObjectStore} must do. Each implementation's test extends this with a fresh, empty store;
 * the S3-compatible store will run the same tests.
 */
public abstract class ObjectStoreContract {

    /** A new, empty store. */
    protected abstract ObjectStore store();

    @Test
    void writesAndReadsObjects() throws IOException {
        ObjectStore store = store();

        ObjectInfo written = store.write("sales/2024/01.csv", text("id,amount\n1,10\n"));

        assertThat(written.key()).isEqualTo("sales/2024/01.csv");
        assertThat(written.size()).isEqualTo(15);
        assertThat(read(store, "sales/2024/01.csv")).isEqualTo("id,amount\n1,10\n");
        assertThat(store.stat("sales/2024/01.csv")).hasValueSatisfying(info -> assertThat(info.size()).isEqualTo(15));
    }

    @Test
    void writingAgainReplacesTheObject() throws IOException {
        ObjectStore store = store();
        store.write("a.txt", text("first version"));

        store.write("a.txt", text("second"));

        assertThat(read(store, "a.txt")).isEqualTo("second");
        assertThat(store.list("", null).objects()).extracting(ObjectInfo::key).containsExactly("a.txt");
    }

    @Test
    void readsByteRanges() throws IOException {
        ObjectStore store = store();
        store.write("digits", text("0123456789"));

        assertThat(read(store.read("digits", 2, 3))).isEqualTo("234");
        assertThat(read(store.read("digits", 8, 100))).isEqualTo("89");
        assertThat(read(store.read("digits", 10, 5))).isEmpty();
        assertThat(read(store.read("digits", 0, 0))).isEmpty();
        assertThatThrownBy(() -> store.read("digits", -1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingObjectsAreNotFound() {
        ObjectStore store = store();

        assertThat(store.stat("nothing/here")).isEmpty();
        assertThatThrownBy(() -> store.read("nothing/here")).isInstanceOf(ObjectNotFoundException.class)
                .hasMessage("No object at 'nothing/here'");
        assertThat(store.delete("nothing/here")).isFalse();
        assertThatThrownBy(() -> store.move("nothing/here", "else")).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void listsEverythingUnderAPrefixInKeyOrder() {
        ObjectStore store = store();
        for (String key : List.of("sales/2024/02.csv", "sales/2024/01.csv", "sales/2024-summary.txt",
                "sales/2023/12.csv", "salesforce/export.json", "readme.md")) {
            store.write(key, text(key));
        }

        assertThat(keys(store.list("sales/2024", null))).containsExactly(
                "sales/2024-summary.txt", "sales/2024/01.csv", "sales/2024/02.csv");
        assertThat(keys(store.list("sales/", null))).containsExactly(
                "sales/2023/12.csv", "sales/2024-summary.txt", "sales/2024/01.csv", "sales/2024/02.csv");
        assertThat(keys(store.list("sales", null))).hasSize(5);
        assertThat(keys(store.list("", null))).hasSize(6);
        assertThat(keys(store.list("marketing/", null))).isEmpty();
    }

    @Test
    void listsOneLevelWithADelimiter() {
        ObjectStore store = store();
        for (String key : List.of("sales/2024/01.csv", "sales/2023/12.csv", "sales/summary.txt", "readme.md")) {
            store.write(key, text(key));
        }

        ObjectListing top = store.list("", "/");
        assertThat(keys(top)).containsExactly("readme.md");
        assertThat(top.commonPrefixes()).containsExactly("sales/");

        ObjectListing sales = store.list("sales/", "/");
        assertThat(keys(sales)).containsExactly("sales/summary.txt");
        assertThat(sales.commonPrefixes()).containsExactly("sales/2023/", "sales/2024/");

        assertThat(store.list("sales/202", "/").commonPrefixes()).containsExactly("sales/2023/", "sales/2024/");
    }

    @Test
    void deletesObjectsAndFoldersDisappearWithTheirLastObject() {
        ObjectStore store = store();
        store.write("reports/2024/q1.pdf", text("q1"));
        store.write("reports/summary.pdf", text("summary"));

        assertThat(store.delete("reports/2024/q1.pdf")).isTrue();

        assertThat(store.stat("reports/2024/q1.pdf")).isEmpty();
        assertThat(store.list("reports/", "/").commonPrefixes()).isEmpty();
        assertThat(keys(store.list("", null))).containsExactly("reports/summary.pdf");
    }

    @Test
    void movesObjects() throws IOException {
        ObjectStore store = store();
        store.write("incoming/data.csv", text("x"));
        store.write("tables/orders/data.csv", text("old"));

        store.move("incoming/data.csv", "tables/orders/data.csv");

        assertThat(store.stat("incoming/data.csv")).isEmpty();
        assertThat(read(store, "tables/orders/data.csv")).isEqualTo("x");
        assertThat(store.list("", "/").commonPrefixes()).containsExactly("tables/");
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        ObjectStore store = store();
        store.write("kept.csv", text("old content"));

        assertThatThrownBy(() -> store.write("kept.csv", failingAfter("new content, then the connection drops")))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> store.write("new.csv", failingAfter("partial"))).isInstanceOf(UncheckedIOException.class);

        assertThat(read(store, "kept.csv")).isEqualTo("old content");
        assertThat(store.stat("new.csv")).isEmpty();
        assertThat(keys(store.list("", null))).containsExactly("kept.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside", "a/../../outside", "a/./b", "a//b", "a\\b", "a\u0000b",
            "trailing/", ".."})
    void refusesKeysThatAreNotPlainRelativePaths(String key) {
        ObjectStore store = store();

        assertThatThrownBy(() -> store.write(key, text("x"))).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.read(key)).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.stat(key)).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(InvalidObjectKeyException.class);
        assertThat(store.list("", null).objects()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc", "../", "a/../b/", "a\u0000"})
    void refusesPrefixesThatAreNotPlainRelativePaths(String prefix) {
        assertThatThrownBy(() -> store().list(prefix, null)).isInstanceOf(InvalidObjectKeyException.class);
    }

    protected static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    protected static String read(ObjectStore store, String key) throws IOException {
        return read(store.read(key));
    }

    protected static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    protected static List<String> keys(ObjectListing listing) {
        return listing.objects().stream().map(ObjectInfo::key).toList();
    }

    /** A stream that yields {@code content} and then fails, like an upload whose connection drops. */
    private static InputStream failingAfter(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position == bytes.length) {
                    throw new IOException("connection reset");
                }
                return bytes[position++];
            }
        };
    }
}
