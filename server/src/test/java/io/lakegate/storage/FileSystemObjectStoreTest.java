package io.lakegate.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemObjectStoreTest extends ObjectStoreContract {

    @TempDir
    Path directory;

    @Override
    protected ObjectStore store() {
        return new FileSystemObjectStore(directory.resolve("store"));
    }

    @Test
    void storesObjectsAsFilesUnderTheRoot() throws IOException {
        FileSystemObjectStore store = new FileSystemObjectStore(directory.resolve("store"));

        store.write("sales/01.csv", text("a,b"));

        assertThat(Files.readString(directory.resolve("store/sales/01.csv"))).isEqualTo("a,b");
    }

    @Test
    void neverFollowsLinksOutOfTheRoot() throws IOException {
        Path outside = Files.createDirectories(directory.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        FileSystemObjectStore store = new FileSystemObjectStore(directory.resolve("store"));
        Files.createSymbolicLink(store.root().resolve("escape"), outside);
        Files.createSymbolicLink(store.root().resolve("secret-link.txt"), outside.resolve("secret.txt"));

        assertThatThrownBy(() -> store.read("escape/secret.txt")).isInstanceOf(InvalidObjectKeyException.class)
                .hasMessage("'escape/secret.txt' leads out of the store");
        assertThatThrownBy(() -> store.read("secret-link.txt")).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.write("escape/planted.txt", text("x"))).isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.write("escape/deeper/planted.txt", text("x")))
                .isInstanceOf(InvalidObjectKeyException.class);
        assertThatThrownBy(() -> store.list("escape/", null)).isInstanceOf(InvalidObjectKeyException.class);
        assertThat(keys(store.list("", null))).isEmpty();
        try (var outsideFiles = Files.list(outside)) {
            assertThat(outsideFiles.map(path -> path.getFileName().toString())).containsExactly("secret.txt");
        }
    }

    @Test
    void followsLinksThatStayInsideTheRoot() throws IOException {
        FileSystemObjectStore store = new FileSystemObjectStore(directory.resolve("store"));
        store.write("data/current.csv", text("x,y"));
        Files.createSymbolicLink(store.root().resolve("latest.csv"), store.root().resolve("data/current.csv"));

        assertThat(read(store, "latest.csv")).isEqualTo("x,y");
    }

    @Test
    void objectsAndFoldersCannotShareAKey() {
        ObjectStore store = store();
        store.write("orders/part-0.csv", text("1"));
        store.write("customers", text("2"));

        assertThatThrownBy(() -> store.write("orders", text("x"))).isInstanceOf(InvalidObjectKeyException.class)
                .hasMessage("'orders' is a folder of other objects, not an object");
        assertThatThrownBy(() -> store.write("customers/part-0.csv", text("x")))
                .isInstanceOf(InvalidObjectKeyException.class)
                .hasMessage("'customers/part-0.csv' lies under an object, not a folder");
    }

    @Test
    void readOnlyDirectoryCanBeReadAsAStore() throws IOException {
        Path readOnly = Files.createDirectories(directory.resolve("imported"));
        Files.writeString(readOnly.resolve("a.csv"), "a\n1\n");
        FileSystemObjectStore store = new FileSystemObjectStore(readOnly);

        assertThat(store.list("", null).objects()).extracting(ObjectInfo::key).containsExactly("a.csv");
        assertThat(readOnly.resolve(FileSystemObjectStore.STAGING)).doesNotExist();
        assertThat(store.removeAbandonedWrites(Duration.ZERO)).isZero();
    }

    @Test
    void writesKilledHalfWayStayInvisibleAndAreRemovedLater() throws IOException {
        FileSystemObjectStore store = new FileSystemObjectStore(directory.resolve("store"));
        store.write("done.csv", text("a whole file"));
        Path leftover = store.root().resolve(FileSystemObjectStore.STAGING).resolve("killed-upload");
        Files.writeString(leftover, "half of a file");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        assertThat(store.list("", null).objects()).extracting(ObjectInfo::key).containsExactly("done.csv");
        assertThat(store.list("", "/").commonPrefixes()).isEmpty();
        assertThatThrownBy(() -> store.read(FileSystemObjectStore.STAGING + "/killed-upload"))
                .isInstanceOf(InvalidObjectKeyException.class);

        assertThat(store.removeAbandonedWrites(Duration.ofHours(1))).isEqualTo(1);
        assertThat(leftover).doesNotExist();
    }
}
