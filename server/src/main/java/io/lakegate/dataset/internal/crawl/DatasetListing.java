package io.lakegate.dataset.internal.crawl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lists a dataset's directory tree into table directories without reading any file. Symbolic links are
 * never followed, and names starting with {@code .} or {@code _} (staging directories, {@code _SUCCESS}
 * markers) are skipped. What it skips or ignores it notes, so the caller can report what lies in its scope.
 */
final class DatasetListing {

    /** The whole dataset's table directories in path order, and notes on what was skipped. */
    record Listing(List<TableDirectory> tables, List<Note> notes) {
    }

    /** Something worth a line in the crawl log, about the file or directory at {@code relativePath}. */
    record Note(String relativePath, Level level, String message) {

        enum Level { INFO, WARN, ERROR }

        void writeTo(CrawlLog log) {
            switch (level) {
                case INFO -> log.info(message);
                case WARN -> log.warn(message);
                case ERROR -> log.error(message);
            }
        }
    }

    private static final int ROOT_FILES_NAMED = 3;

    private final List<TableDirectory> tables = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    private DatasetListing() {
    }

    static Listing list(Path root) {
        DatasetListing listing = new DatasetListing();
        listing.directory(root, "");
        List<TableDirectory> tables = listing.tables.stream()
                .sorted(Comparator.comparing(TableDirectory::relativePath)).toList();
        return new Listing(tables, List.copyOf(listing.notes));
    }

    /** The data files of a table directory, found directly in it and in its {@code key=value} directories. */
    private record Contents(List<DataFile> files, List<String> emptyFiles) {

        Contents() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        boolean isEmpty() {
            return files.isEmpty() && emptyFiles.isEmpty();
        }
    }

    private void directory(Path directory, String relativePath) {
        Contents contents = new Contents();
        collect(directory, relativePath, List.of(), contents);
        if (contents.isEmpty()) {
            return;
        }
        if (relativePath.isEmpty()) {
            noteRootFiles(contents);
        }
        else {
            tables.add(new TableDirectory(relativePath, directory, contents.files(), contents.emptyFiles()));
        }
    }

    private void collect(Path directory, String relativePath, List<String> partitionKeys, Contents contents) {
        for (Path entry : entries(directory, relativePath)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                continue;
            }
            String entryPath = relativePath.isEmpty() ? name : relativePath + "/" + name;
            attributes(entry, entryPath).ifPresent(attributes -> {
                if (attributes.isSymbolicLink()) {
                    note(entryPath, Note.Level.WARN, "skipped symbolic link %s: links are not followed".formatted(entryPath));
                }
                else if (attributes.isDirectory()) {
                    Optional<String> partitionKey = PartitionDirectory.key(name);
                    if (partitionKey.isPresent()) {
                        collect(entry, entryPath, append(partitionKeys, partitionKey.get()), contents);
                    }
                    else {
                        directory(entry, entryPath);
                    }
                }
                else if (attributes.isRegularFile()) {
                    file(entry, entryPath, attributes, partitionKeys, contents);
                }
                else {
                    note(entryPath, Note.Level.INFO, "ignored %s: not a regular file".formatted(entryPath));
                }
            });
        }
    }

    private void file(Path file, String relativePath, BasicFileAttributes attributes, List<String> partitionKeys,
            Contents contents) {
        String name = file.getFileName().toString();
        Optional<FileKind> kind = FileKind.of(name);
        if (kind.isEmpty()) {
            note(relativePath, Note.Level.INFO, "ignored %s: not a data file (CSV, TSV, JSON, NDJSON or Parquet)"
                    .formatted(relativePath));
        }
        else if (name.contains("*") || name.contains("?")) {
            note(relativePath, Note.Level.WARN, "skipped %s: the query engine reads '*' and '?' in file names as wildcards"
                    .formatted(relativePath));
        }
        else if (attributes.size() == 0) {
            note(relativePath, Note.Level.WARN, "skipped empty file %s".formatted(relativePath));
            contents.emptyFiles().add(relativePath);
        }
        else {
            contents.files().add(new DataFile(relativePath, file, kind.get(), partitionKeys, attributes.size(),
                    attributes.lastModifiedTime().toMillis()));
        }
    }

    private void noteRootFiles(Contents contents) {
        List<String> paths = Stream.concat(contents.files().stream().map(DataFile::relativePath),
                contents.emptyFiles().stream()).sorted().toList();
        String named = paths.stream().limit(ROOT_FILES_NAMED).collect(Collectors.joining(", "))
                + (paths.size() > ROOT_FILES_NAMED ? ", …" : "");
        note("", Note.Level.WARN, ("%d data files lie directly in the dataset root (%s) and are not a table: "
                + "put them in a directory to make a table of them").formatted(paths.size(), named));
    }

    private List<Path> entries(Path directory, String relativePath) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            List<Path> entries = new ArrayList<>();
            stream.forEach(entries::add);
            entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
            return entries;
        }
        catch (NoSuchFileException e) {
            note(relativePath, Note.Level.WARN, "directory %s vanished during the crawl".formatted(shown(relativePath)));
        }
        catch (IOException e) {
            note(relativePath, Note.Level.ERROR, "could not list directory %s (%s)"
                    .formatted(shown(relativePath), e.getClass().getSimpleName()));
        }
        return List.of();
    }

    private Optional<BasicFileAttributes> attributes(Path entry, String relativePath) {
        try {
            return Optional.of(Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        }
        catch (NoSuchFileException e) {
            note(relativePath, Note.Level.WARN, "%s vanished during the crawl".formatted(relativePath));
        }
        catch (IOException e) {
            note(relativePath, Note.Level.ERROR, "could not read %s (%s)".formatted(relativePath, e.getClass().getSimpleName()));
        }
        return Optional.empty();
    }

    private void note(String relativePath, Note.Level level, String message) {
        notes.add(new Note(relativePath, level, message));
    }

    private static List<String> append(List<String> list, String element) {
        return Stream.concat(list.stream(), Stream.of(element)).toList();
    }

    private static String shown(String relativePath) {
        return relativePath.isEmpty() ? "(the dataset root)" : relativePath;
    }
}
