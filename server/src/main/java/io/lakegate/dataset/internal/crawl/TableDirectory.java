package io.lakegate.dataset.internal.crawl;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A directory that holds data files directly or in {@code key=value} directories: a table to be.
 *
 * @param relativePath its path inside the dataset
 * @param path         its absolute path
 * @param files        its non-empty data files, in path order
 * @param emptyFiles   the paths of its data files of 0 bytes, which are skipped
 */
record TableDirectory(String relativePath, Path path, List<DataFile> files, List<String> emptyFiles) {

    TableDirectory {
        files = List.copyOf(files);
        emptyFiles = List.copyOf(emptyFiles);
    }

    String name() {
        return path.getFileName().toString();
    }

    FileKind kind() {
        return files.getFirst().kind();
    }

    List<String> partitionKeys() {
        return files.getFirst().partitionKeys();
    }

    /** Why the files cannot make one table, if they cannot: no data, several formats or partition layouts. */
    Optional<String> layoutProblem() {
        if (files.isEmpty()) {
            return Optional.of("directory %s holds only empty files".formatted(relativePath));
        }
        TreeSet<String> kinds = files.stream().map(file -> file.kind().label())
                .collect(Collectors.toCollection(TreeSet::new));
        if (kinds.size() > 1) {
            return Optional.of("directory %s mixes formats: %s".formatted(relativePath, String.join(", ", kinds)));
        }
        TreeSet<String> layouts = files.stream()
                .map(file -> file.partitionKeys().isEmpty() ? "(none)" : String.join("/", file.partitionKeys()))
                .collect(Collectors.toCollection(TreeSet::new));
        if (layouts.size() > 1) {
            return Optional.of("directory %s mixes partition layouts: %s".formatted(relativePath, String.join(", ", layouts)));
        }
        return Optional.empty();
    }

    TableDirectory without(Collection<DataFile> gone) {
        return new TableDirectory(relativePath, path, files.stream().filter(file -> !gone.contains(file)).toList(),
                emptyFiles);
    }
}
