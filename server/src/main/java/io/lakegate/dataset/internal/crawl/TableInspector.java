package io.lakegate.dataset.internal.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import io.lakegate.access.TableColumn;
import io.lakegate.access.TableSource;

/**
 * Reads a listed table directory into a table. Files can vanish between the listing and the reading: when
 * reading fails and files are gone, the table is read again from the files that remain.
 */
final class TableInspector {

    /**
     * Inferring columns costs about half a millisecond per small CSV file, as the engine samples each file;
     * past this many files an even spread of them is read, and a column only in the others is missed.
     */
    static final int MAX_SAMPLED_FILES = 500;

    private final CrawlEngine engine;
    private final CrawlLog log;

    TableInspector(CrawlEngine engine, CrawlLog log) {
        this.engine = engine;
        this.log = log;
    }

    DiscoveredTable inspect(TableDirectory table, String name) throws UnreadableTableException {
        TableDirectory remaining = table;
        while (true) {
            try {
                return read(remaining, name);
            }
            catch (SQLException | IOException | UnreadableTableException e) {
                List<DataFile> vanished = remaining.files().stream()
                        .filter(file -> Files.notExists(file.path(), LinkOption.NOFOLLOW_LINKS)).toList();
                if (vanished.isEmpty()) {
                    throw e instanceof UnreadableTableException unreadable ? unreadable : new UnreadableTableException(reason(e));
                }
                vanished.forEach(file -> log.warn("file %s vanished during the crawl".formatted(file.relativePath())));
                remaining = remaining.without(vanished);
                if (remaining.files().isEmpty()) {
                    throw new UnreadableTableException("all files of directory %s vanished during the crawl"
                            .formatted(table.relativePath()));
                }
            }
        }
    }

    private DiscoveredTable read(TableDirectory table, String name) throws SQLException, IOException, UnreadableTableException {
        List<DataFile> files = table.files();
        List<DataFile> sample = sample(files);
        if (sample.size() < files.size()) {
            log.info("%s: columns inferred from %d of its %d files".formatted(table.relativePath(), sample.size(), files.size()));
        }
        InferredSchema schema = SchemaReader.of(table.kind()).infer(engine, table, sample);
        List<TableColumn> columns = TableColumns.arrange(schema.columns(), table.partitionKeys(), outerPartitionKeys(table));
        if (columns.stream().noneMatch(column -> !column.partition())) {
            throw new UnreadableTableException("directory %s has no columns".formatted(table.relativePath()));
        }
        TableSource source = new TableSource(table.path().toString(), table.kind().format(), schema.options(), columns);
        TableStatistics statistics = new TableStatistics(files.size(), files.stream().mapToLong(DataFile::size).sum(),
                schema.recordCount(), FileSetFingerprint.of(files));
        return new DiscoveredTable(name, table.relativePath(), source, statistics);
    }

    private static List<DataFile> sample(List<DataFile> files) {
        if (files.size() <= MAX_SAMPLED_FILES) {
            return files;
        }
        return IntStream.range(0, MAX_SAMPLED_FILES)
                .mapToObj(index -> files.get((int) ((long) index * files.size() / MAX_SAMPLED_FILES)))
                .toList();
    }

    private static Set<String> outerPartitionKeys(TableDirectory table) {
        if (table.partitionKeys().isEmpty()) {
            return Set.of();
        }
        return StreamSupport.stream(table.path().spliterator(), false)
                .map(Path::toString)
                .map(PartitionDirectory::key)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    private String reason(Exception e) {
        if (e instanceof SQLException engineError) {
            return engine.clean(engineError);
        }
        return "could not read its files: " + EngineMessages.clean(e.getClass().getSimpleName() + ": " + e.getMessage(),
                engine.datasetRoot());
    }
}
