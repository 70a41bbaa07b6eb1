package io.lakegate.dataset.internal.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.lakegate.query.DuckDbConnections;

/**
 * The crawler: finds the tables in a dataset's directory. Each directory holding data files, directly or
 * in {@code key=value} partition directories, becomes a table named after it; DuckDB infers the columns.
 * Table names are chosen among all of the dataset's table directories, so crawling a prefix names a table
 * as crawling everything does. A table directory that cannot be read becomes a failure with its reason:
 * {@link #discover} throws only for a malformed prefix.
 */
public final class TableDiscovery {

    private final DuckDbConnections connections;

    public TableDiscovery(DuckDbConnections connections) {
        this.connections = connections;
    }

    /**
     * @param datasetRoot the dataset's directory
     * @param prefix      the part of the dataset to crawl: "" for all, else a relative path like {@code raw/sales}
     * @throws InvalidCrawlPrefixException if the prefix is absolute or has {@code ..}, NUL bytes or backslashes
     */
    public CrawlFindings discover(Path datasetRoot, String prefix, CrawlLog log) {
        CrawlScope requested = CrawlScope.of(prefix);
        CrawlScope scope = requested.tableLevel();
        if (!scope.equals(requested)) {
            log.info("%s is a partition directory: crawling %s"
                    .formatted(requested.prefix(), scope.prefix().isEmpty() ? "the whole dataset" : scope.prefix()));
        }
        Path root;
        try {
            root = datasetRoot.toRealPath();
        }
        catch (IOException e) {
            return failed(log, List.of(scope.prefix()), "the dataset's directory cannot be read (%s)"
                    .formatted(e.getClass().getSimpleName()));
        }
        Optional<String> unreachable = unreachable(root, scope.prefix());
        if (unreachable.isPresent()) {
            return failed(log, List.of(scope.prefix()), unreachable.get());
        }

        DatasetListing.Listing listing = DatasetListing.list(root);
        listing.notes().stream().filter(note -> scope.includes(note.relativePath())).forEach(note -> note.writeTo(log));
        List<TableDirectory> crawled = listing.tables().stream().filter(table -> scope.includes(table.relativePath())).toList();
        log.info("found %d table directories".formatted(crawled.size()));
        log.progress(0, crawled.size());
        if (crawled.isEmpty()) {
            return new CrawlFindings(List.of(), List.of());
        }
        CrawlEngine engine;
        try {
            engine = new CrawlEngine(connections.open(List.of(root.toString()), List.of()), root);
        }
        catch (SQLException e) {
            return failed(log, crawled.stream().map(TableDirectory::relativePath).toList(),
                    "the query engine could not start: " + EngineMessages.clean(e.getMessage(), root));
        }
        try (engine) {
            return inspect(crawled, TableNames.assign(listing.tables()), new TableInspector(engine, log), log);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not close the crawler's DuckDB database", e);
        }
    }

    /**
     * The fingerprint of every table directory of the dataset as its files are now, by relative path: what a
     * crawl would record, without reading any file. Directories without data files are left out.
     */
    public Map<String, String> fingerprints(Path datasetRoot) {
        Path root;
        try {
            root = datasetRoot.toRealPath();
        }
        catch (IOException e) {
            return Map.of();
        }
        return DatasetListing.list(root).tables().stream()
                .filter(table -> !table.files().isEmpty())
                .collect(Collectors.toMap(TableDirectory::relativePath, table -> FileSetFingerprint.of(table.files())));
    }

    private static CrawlFindings inspect(List<TableDirectory> crawled, TableNames.Assignment naming, TableInspector inspector,
            CrawlLog log) {
        Map<String, String> namingFailures = naming.failures().stream()
                .collect(Collectors.toMap(CrawlFailure::relativePath, CrawlFailure::reason));
        List<DiscoveredTable> tables = new ArrayList<>();
        List<CrawlFailure> failures = new ArrayList<>();
        for (TableDirectory table : crawled) {
            Optional<String> problem = Optional.ofNullable(namingFailures.get(table.relativePath())).or(table::layoutProblem);
            if (problem.isPresent()) {
                failures.add(failure(log, table.relativePath(), problem.get()));
            }
            else {
                try {
                    DiscoveredTable discovered = inspector.inspect(table, naming.names().get(table.relativePath()));
                    log.info("table %s from %s: %d %s files, %d columns".formatted(discovered.name(), table.relativePath(),
                            discovered.statistics().objectCount(), table.kind().label(), discovered.source().columns().size()));
                    tables.add(discovered);
                }
                catch (UnreadableTableException e) {
                    failures.add(failure(log, table.relativePath(), e.getMessage()));
                }
            }
            log.progress(tables.size() + failures.size(), crawled.size());
        }
        return new CrawlFindings(tables, failures);
    }

    /** Why the prefix's directory cannot be crawled, if it cannot: missing, hidden, a file or behind a link. */
    private static Optional<String> unreachable(Path root, String prefix) {
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        Path current = root;
        for (String name : prefix.split("/")) {
            current = current.resolve(name);
            if (name.startsWith(".") || name.startsWith("_")) {
                return Optional.of("%s is hidden: names starting with '.' or '_' are not crawled".formatted(prefix));
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink()) {
                    return Optional.of("%s leads through a symbolic link, which the crawler does not follow".formatted(prefix));
                }
                if (!attributes.isDirectory()) {
                    return Optional.of("%s is a file, not a directory".formatted(prefix));
                }
            }
            catch (NoSuchFileException e) {
                return Optional.of("there is no directory %s in the dataset".formatted(prefix));
            }
            catch (IOException e) {
                return Optional.of("%s cannot be read (%s)".formatted(prefix, e.getClass().getSimpleName()));
            }
        }
        return Optional.empty();
    }

    private static CrawlFindings failed(CrawlLog log, List<String> relativePaths, String reason) {
        return new CrawlFindings(List.of(), relativePaths.stream().map(path -> failure(log, path, reason)).toList());
    }

    private static CrawlFailure failure(CrawlLog log, String relativePath, String reason) {
        log.error(relativePath.isEmpty() ? reason : relativePath + ": " + reason);
        return new CrawlFailure(relativePath, reason);
    }
}
