package io.lakegate.dataset.internal;

import java.net.URI;

import io.lakegate.identity.Principal;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Uploads, crawls and table syncs of a dataset, and the log of its jobs. */
@Tag(name = "Datasets")
@RestController
@RequestMapping("/api/v1/datasets/{uri}")
class JobController {

    private final DatasetService datasets;
    private final UploadService uploads;
    private final CrawlService crawls;
    private final SyncService sync;

    JobController(DatasetService datasets, UploadService uploads, CrawlService crawls, SyncService sync) {
        this.datasets = datasets;
        this.uploads = uploads;
        this.crawls = crawls;
        this.sync = sync;
    }

    /**
     * Streams files into the dataset under {@code prefix}: a multipart body with any number of files, or a raw
     * body that is the file named {@code filename}. With {@code inferSchema} a crawl of the prefix follows.
     */
    @PostMapping("/uploads")
    ResponseEntity<Job> upload(Principal caller, @PathVariable String uri, @RequestParam(required = false) String prefix,
            @RequestParam(required = false) String filename, @RequestParam(defaultValue = "false") boolean inferSchema,
            HttpServletRequest request) {
        Job job = uploads.upload(caller, uri, prefix, filename, inferSchema, request);
        return ResponseEntity.created(location(uri, job)).body(job);
    }

    /** Starts the crawler on the dataset, or on one prefix of it. */
    @PostMapping("/crawls")
    ResponseEntity<Job> crawl(Principal caller, @PathVariable String uri, @RequestBody(required = false) CrawlRequest request) {
        Job job = crawls.start(caller, uri, request == null ? null : request.prefix());
        return ResponseEntity.accepted().location(location(uri, job)).body(job);
    }

    @PostMapping("/table-sync")
    ResponseEntity<Job> sync(Principal caller, @PathVariable String uri) {
        Job job = sync.start(caller, uri);
        return ResponseEntity.accepted().location(location(uri, job)).body(job);
    }

    /** The dataset's jobs, newest first, for its owners and stewards. */
    @GetMapping("/jobs")
    Page<Job> jobs(Principal caller, @PathVariable String uri, @RequestParam(required = false) Job.Kind kind,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return datasets.jobs(caller, uri, kind, PageRequest.of(page, size));
    }

    /** One job with its log. */
    @GetMapping("/jobs/{jobUri}")
    Job job(Principal caller, @PathVariable String uri, @PathVariable String jobUri) {
        return datasets.job(caller, uri, jobUri);
    }

    record CrawlRequest(String prefix) {
    }

    private static URI location(String datasetUri, Job job) {
        return URI.create("/api/v1/datasets/%s/jobs/%s".formatted(datasetUri, job.uri()));
    }
}
