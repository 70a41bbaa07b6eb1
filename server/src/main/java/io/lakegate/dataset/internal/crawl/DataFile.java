package io.lakegate.dataset.internal.crawl;

import java.nio.file.Path;
import java.util.List;

/**
 * A data file of a table directory, as listed.
 *
 * @param relativePath  its path inside the dataset
 * @param path          its absolute path
 * @param partitionKeys the keys of the {@code key=value} directories between the table directory and the file
 * @param modifiedMillis its last modification time
 */
record DataFile(String relativePath, Path path, FileKind kind, List<String> partitionKeys, long size, long modifiedMillis) {

    DataFile {
        partitionKeys = List.copyOf(partitionKeys);
    }
}
