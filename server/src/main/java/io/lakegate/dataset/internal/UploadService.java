package io.lakegate.dataset.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.storage.ObjectInfo;
import io.lakegate.storage.ObjectStore;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Uploads into a dataset, streamed to storage whatever their size: a raw body is one file, a multipart body
 * holds any number. A multipart upload is all or nothing: its files are staged under
 * {@value #STAGING}{@code /<job>/} and moved into place once the last one arrived whole. Each upload is a job
 * whose percentage follows the bytes received, when the request says how many will come.
 */
@Service
class UploadService {

    static final String STAGING = ".lakegate-uploads";
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

    private final DatasetService datasets;
    private final DatasetRepository datasetRepository;
    private final DatasetStorage storage;
    private final JobRepository jobs;
    private final CrawlService crawls;

    UploadService(DatasetService datasets, DatasetRepository datasetRepository, DatasetStorage storage,
            JobRepository jobs, CrawlService crawls) {
        this.datasets = datasets;
        this.datasetRepository = datasetRepository;
        this.storage = storage;
        this.jobs = jobs;
        this.crawls = crawls;
    }

    Job upload(Principal principal, String datasetUri, String prefix, String filename, boolean inferSchema,
            HttpServletRequest request) {
        Dataset dataset = datasets.requireOwner(principal, datasetUri, "UPLOAD_DATASET");
        String target = DatasetKeys.prefix("prefix", prefix);
        if (inferSchema && target.isEmpty()) {
            throw ApiProblem.invalid("prefix", "The files of a table go into a directory: give a prefix to infer a schema");
        }
        boolean multipart = JakartaServletFileUpload.isMultipartContent(request);
        if (!multipart) {
            if (filename == null || filename.isBlank()) {
                throw ApiProblem.invalid("filename", "A raw upload names its file with the filename parameter");
            }
            DatasetKeys.key("filename", filename);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("prefix", target);
        parameters.put("inferSchema", inferSchema);
        String job = jobs.create(datasetUri, null, Job.Kind.UPLOAD, parameters, principal.name());
        jobs.start(job);
        ObjectStore store = storage.of(dataset);
        Progress progress = new Progress(job, request.getContentLengthLong());
        try {
            List<ObjectInfo> written = multipart
                    ? multipart(store, job, target, request, progress)
                    : List.of(single(store, job, DatasetKeys.join(target, filename), request.getInputStream(), progress));
            String crawl = inferSchema ? crawls.queue(dataset, target, principal.name()) : null;
            jobs.succeed(job, new UploadResult(written, progress.bytes, crawl));
            return jobs.find(job).orElseThrow();
        }
        catch (ApiProblem e) {
            jobs.fail(job, e.getMessage());
            throw e;
        }
        catch (IOException | UncheckedIOException e) {
            jobs.fail(job, "The upload broke off: " + e.getMessage());
            throw ApiProblem.invalid("body", "The upload broke off before it was complete; nothing was stored");
        }
        catch (RuntimeException e) {
            jobs.fail(job, "The upload failed: " + e.getMessage());
            throw e;
        }
    }

    private ObjectInfo single(ObjectStore store, String job, String key, InputStream body, Progress progress)
            throws IOException {
        ObjectInfo info = store.write(key, nonEmpty(key, new Counting(body, progress)));
        jobs.log(job, "INFO", "Stored %s (%d bytes)".formatted(key, info.size()));
        return info;
    }

    private List<ObjectInfo> multipart(ObjectStore store, String job, String target, HttpServletRequest request,
            Progress progress) throws IOException {
        String staging = STAGING + "/" + job;
        List<String> keys = new ArrayList<>();
        List<String> staged = new ArrayList<>();
        try {
            FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (part.isFormField()) {
                    continue;
                }
                String key = DatasetKeys.join(target, fileName(submittedName(part)));
                DatasetKeys.key("file", key);
                if (keys.contains(key)) {
                    throw ApiProblem.invalid("file", "The upload holds %s twice".formatted(key));
                }
                String stagedKey = staging + "/" + staged.size();
                try (InputStream content = part.getInputStream()) {
                    store.write(stagedKey, nonEmpty(key, new Counting(content, progress)));
                }
                finally {
                    staged.add(stagedKey);
                }
                keys.add(key);
            }
            if (keys.isEmpty()) {
                throw ApiProblem.invalid("file", "The upload holds no file");
            }
            List<ObjectInfo> written = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                store.move(staged.get(i), keys.get(i));
                written.add(store.stat(keys.get(i)).orElseThrow());
                jobs.log(job, "INFO", "Stored %s (%d bytes)".formatted(keys.get(i), written.getLast().size()));
            }
            staged.clear();
            return written;
        }
        finally {
            staged.forEach(store::delete);
        }
    }

    private static String submittedName(FileItemInput part) {
        try {
            return part.getName();
        }
        catch (InvalidPathException e) {
            throw ApiProblem.invalid("file", "A filename must not contain NUL bytes");
        }
    }

    /** The file part's name without any directory a browser sent with it. */
    private static String fileName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            throw ApiProblem.invalid("file", "Every file of a multipart upload needs a filename");
        }
        if (submitted.indexOf('\0') >= 0) {
            throw ApiProblem.invalid("file", "A filename must not contain NUL bytes");
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ApiProblem.invalid("file", "'%s' is not a file name".formatted(submitted));
        }
        return name;
    }

    /** The content, refused when it holds no byte at all: an empty file is never a useful upload. */
    private static InputStream nonEmpty(String key, InputStream content) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(content, 1);
        int first = pushback.read();
        if (first < 0) {
            throw ApiProblem.invalid("file", "%s is empty".formatted(key));
        }
        pushback.unread(first);
        return pushback;
    }

    /** Upload jobs a stopped node left running are over: they are failed and their staged files removed. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedUploads() {
        for (Job job : jobs.unfinished(Job.Kind.UPLOAD)) {
            jobs.fail(job.uri(), "The server stopped during the upload; nothing of it was stored");
            datasetRepository.find(job.datasetUri()).ifPresent(dataset -> {
                ObjectStore store = storage.of(dataset);
                store.list(STAGING + "/" + job.uri() + "/", null).objects().forEach(object -> store.delete(object.key()));
            });
        }
    }

    record UploadResult(List<ObjectInfo> objects, long bytes, String crawlJobUri) {
    }

    /** Bytes received by one upload, written to its job at most once a second. */
    private final class Progress {

        private final String job;
        private final long expected;
        private long bytes;
        private long reportedAt = System.nanoTime();

        Progress(String job, long expected) {
            this.job = job;
            this.expected = expected;
        }

        void add(long count) {
            bytes += count;
            long now = System.nanoTime();
            if (expected > 0 && now - reportedAt > PROGRESS_INTERVAL_NANOS) {
                reportedAt = now;
                jobs.progress(job, (int) Math.min(99, bytes * 100 / expected));
            }
        }
    }

    private static final class Counting extends FilterInputStream {

        private final Progress progress;

        Counting(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                progress.add(count);
            }
            return count;
        }
    }
}
