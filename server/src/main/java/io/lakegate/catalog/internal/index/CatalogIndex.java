package io.lakegate.catalog.internal.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog's search index: a Lucene index in a directory of its own, kept by this process alone. Every method
 * may be called from any thread, but {@link #replaceAll} is meant to run alone, at startup.
 *
 * <p>Searches see every upsert and delete made before they began: a search that finds the index behind its
 * writes refreshes it first (a background refresh every {@value #REFRESH_MILLIS} ms keeps that rare). Writes are committed to disk every
 * {@value #COMMIT_SECONDS} s and on {@link #close()}; after a crash the index on disk may lack the changes of
 * those last seconds.
 *
 * <p>{@link #open} tells whether the index must be filled from scratch ({@link #needsFullReindex()}): when the
 * directory held no index, an unreadable one (which is then replaced by an empty index), one whose last
 * {@link #replaceAll} did not finish, or one that was not closed (its process died, perhaps with changes not yet
 * committed).
 */
public final class CatalogIndex implements AutoCloseable {

    static final long REFRESH_MILLIS = 100;
    static final long COMMIT_SECONDS = 10;

    private static final Logger log = LoggerFactory.getLogger(CatalogIndex.class);
    private static final String COMPLETE_KEY = "lakegate.catalog.complete";
    /** "true" in every commit but the one {@link #close()} makes. */
    private static final String OPEN_KEY = "lakegate.catalog.open";
    private static final double RAM_BUFFER_MB = 64;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final CatalogAnalyzer analyzer = new CatalogAnalyzer();
    private final AssetDocuments documents = new AssetDocuments(analyzer);
    private final ScheduledExecutorService maintenance = Executors.newScheduledThreadPool(2,
            Thread.ofPlatform().name("catalog-index-", 0).daemon().factory());
    private final ExecutorService searchThreads = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("catalog-search-", 0).daemon().factory());
    /** False from the start of a full reindex, or of an empty index, until a full reindex has finished. */
    private volatile boolean complete;
    /**
     * True during a full reindex: refreshes pause, so that searches meanwhile see the index as it was, and upserts
     * and deletes wait in {@link #changesDuringReplace}; written under its lock.
     */
    private volatile boolean replacing;
    private final Map<String, Optional<CatalogAsset>> changesDuringReplace = new HashMap<>();

    private CatalogIndex(Directory directory, boolean complete) throws IOException {
        this.directory = directory;
        this.complete = complete;
        Similarity similarity = new TermFrequencySimilarity();
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setSimilarity(similarity)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        try {
            setCommitData(complete, true);
            writer.commit();
            this.searchers = new SearcherManager(writer, CatalogSearcher.factory(similarity, searchThreads));
        }
        catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
        maintenance.scheduleWithFixedDelay(this::refreshInBackground, REFRESH_MILLIS, REFRESH_MILLIS,
                TimeUnit.MILLISECONDS);
        maintenance.scheduleWithFixedDelay(this::commitInBackground, COMMIT_SECONDS, COMMIT_SECONDS,
                TimeUnit.SECONDS);
    }

    /**
     * Opens the index in {@code path}, creating the directory and an empty index as needed; fails with an
     * {@link UncheckedIOException} when the directory cannot be used, or another open index holds it.
     */
    public static CatalogIndex open(Path path) {
        try {
            Directory directory = FSDirectory.open(path);
            try {
                IndexState state = IndexState.of(directory);
                if (state == IndexState.UNREADABLE) {
                    log.warn("The catalog index in {} is unreadable; it is replaced by an empty one", path);
                    for (String file : directory.listAll()) {
                        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                            directory.deleteFile(file);
                        }
                    }
                }
                return new CatalogIndex(directory, state == IndexState.COMPLETE);
            }
            catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot open the catalog index in " + path, e);
        }
    }

    /** Whether the index must be filled with every asset, by {@link #replaceAll}, before it answers truly. */
    public boolean needsFullReindex() {
        return !complete;
    }

    public void upsert(CatalogAsset asset) {
        change(asset.uri(), Optional.of(asset));
    }

    /** Upserts every asset, with no refresh or commit in between. */
    public void upsertAll(Iterable<CatalogAsset> assets) {
        for (CatalogAsset asset : assets) {
            upsert(asset);
        }
    }

    public void delete(String uri) {
        change(uri, Optional.empty());
    }

    /**
     * Writes an upsert (an asset) or a delete (none); during a full reindex, keeps it for the end instead: the
     * reindex may read the asset before or after the change, and must add it only once.
     */
    private void change(String uri, Optional<CatalogAsset> asset) {
        synchronized (changesDuringReplace) {
            if (replacing) {
                changesDuringReplace.put(uri, asset);
            }
            else {
                write(uri, asset);
            }
        }
    }

    private void write(String uri, Optional<CatalogAsset> asset) {
        try {
            if (asset.isPresent()) {
                writer.updateDocument(uriTerm(uri), documents.document(asset.get()));
            }
            else {
                writer.deleteDocuments(uriTerm(uri));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The full reindex: replaces the whole index with {@code assets}, which must not repeat a uri, then applies the
     * upserts and deletes made meanwhile, commits, and makes it all searchable. Until it finishes, searches answer
     * from the index as it was before; should it fail, the partial index shows, and the next {@link #open} asks for a
     * full reindex again.
     */
    public void replaceAll(AssetSource assets) {
        synchronized (changesDuringReplace) {
            replacing = true;
        }
        try {
            complete = false;
            setCommitData(false, true);
            writer.deleteAll();
            try (BackgroundAdds adds = new BackgroundAdds()) {
                assets.forEach(adds);
                adds.finish();
            }
            applyChangesDuringReplace();
            setCommitData(true, true);
            writer.commit();
            complete = true;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            applyChangesDuringReplace();
        }
        try {
            searchers.maybeRefreshBlocking();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CatalogResult search(CatalogQuery query) {
        try {
            CatalogSearcher searcher = currentSearcher();
            try {
                return new CatalogSearch(searcher, analyzer, documents, query).run();
            }
            finally {
                searchers.release(searcher);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher that sees every change made so far, unless a full reindex is under way. */
    private CatalogSearcher currentSearcher() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        if (replacing || ((DirectoryReader) searcher.getIndexReader()).isCurrent()) {
            return (CatalogSearcher) searcher;
        }
        searchers.release(searcher);
        searchers.maybeRefreshBlocking();
        return (CatalogSearcher) searchers.acquire();
    }

    @Override
    public void close() {
        searchThreads.shutdown();
        maintenance.shutdown();
        try {
            if (!maintenance.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("The catalog index's refresh or commit did not finish within a minute of closing");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (directory; writer; searchers) {
            // closing the writer commits
            setCommitData(complete, false);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshInBackground() {
        if (replacing) {
            return;
        }
        try {
            searchers.maybeRefresh();
        }
        catch (IOException | RuntimeException e) {
            log.warn("Refreshing the catalog index failed", e);
        }
    }

    private void commitInBackground() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        }
        catch (IOException | RuntimeException e) {
            log.warn("Committing the catalog index failed", e);
        }
    }

    /** Writes the changes kept during a full reindex, and ends the keeping. */
    private void applyChangesDuringReplace() {
        synchronized (changesDuringReplace) {
            changesDuringReplace.forEach(this::write);
            changesDuringReplace.clear();
            replacing = false;
        }
    }

    /**
     * Adds the documents of a full reindex on a thread of its own, in chunks, while the caller reads the next assets:
     * reading (mostly the database's work) and indexing overlap. At most {@value #CHUNKS_IN_FLIGHT} chunks wait, so
     * memory stays bounded; the first failure of an add fails the reindex.
     */
    private final class BackgroundAdds implements Consumer<CatalogAsset>, AutoCloseable {

        private static final int CHUNK_SIZE = 500;
        private static final int CHUNKS_IN_FLIGHT = 4;

        private final ExecutorService indexer = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("catalog-reindex").daemon().factory());
        private final Semaphore inFlight = new Semaphore(CHUNKS_IN_FLIGHT);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private List<CatalogAsset> chunk = new ArrayList<>(CHUNK_SIZE);

        @Override
        public void accept(CatalogAsset asset) {
            chunk.add(asset);
            if (chunk.size() == CHUNK_SIZE) {
                submit();
            }
        }

        /** Adds what is left and returns once every document is added. */
        void finish() {
            if (!chunk.isEmpty()) {
                submit();
            }
            indexer.shutdown();
            try {
                while (!indexer.awaitTermination(1, TimeUnit.MINUTES)) {
                    log.info("The full reindex waits for its last documents to be added");
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the full reindex added its last documents", e);
            }
            requireNoFailure();
        }

        @Override
        public void close() {
            indexer.shutdownNow();
        }

        private void submit() {
            requireNoFailure();
            List<CatalogAsset> assets = chunk;
            chunk = new ArrayList<>(CHUNK_SIZE);
            inFlight.acquireUninterruptibly();
            indexer.execute(() -> {
                try {
                    for (CatalogAsset asset : assets) {
                        writer.addDocument(documents.document(asset));
                    }
                }
                catch (IOException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
                finally {
                    inFlight.release();
                }
            });
        }

        private void requireNoFailure() {
            switch (failure.get()) {
                case null -> {
                }
                case IOException e -> throw new UncheckedIOException(e);
                case RuntimeException e -> throw e;
                case Error e -> throw e;
                case Throwable e -> throw new IllegalStateException(e);
            }
        }
    }

    private void setCommitData(boolean complete, boolean open) {
        writer.setLiveCommitData(Map.of(COMPLETE_KEY, String.valueOf(complete), OPEN_KEY, String.valueOf(open)).entrySet());
    }

    private static Term uriTerm(String uri) {
        return new Term(AssetDocuments.URI, uri);
    }

    /** Every asset of a full reindex, handed to {@code sink} one by one. */
    @FunctionalInterface
    public interface AssetSource {
        void forEach(Consumer<CatalogAsset> sink);
    }

    /** What {@link #open} finds in an index directory. */
    private enum IndexState {
        MISSING, UNREADABLE, INCOMPLETE, COMPLETE;

        static IndexState of(Directory directory) throws IOException {
            if (!DirectoryReader.indexExists(directory)) {
                return MISSING;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, String> commitData = reader.getIndexCommit().getUserData();
                boolean closed = !"true".equals(commitData.get(OPEN_KEY));
                return closed && "true".equals(commitData.get(COMPLETE_KEY)) ? COMPLETE : INCOMPLETE;
            }
            catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                   | NoSuchFileException | FileNotFoundException | EOFException e) {
                log.debug("Unreadable catalog index", e);
                return UNREADABLE;
            }
        }
    }
}
