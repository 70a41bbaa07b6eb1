package io.lakegate.dataset.internal;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lakegate.dataset.internal.FolderService.CreateFolder;
import io.lakegate.dataset.internal.FolderService.Download;
import io.lakegate.dataset.internal.FolderService.FolderListing;
import io.lakegate.dataset.internal.FolderService.FolderView;
import io.lakegate.dataset.internal.FolderService.UpdateFolder;
import io.lakegate.identity.Principal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@Tag(name = "Folders")
@RestController
class FolderController {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final FolderService folders;

    FolderController(FolderService folders) {
        this.folders = folders;
    }

    @PostMapping("/api/v1/datasets/{datasetUri}/folders")
    ResponseEntity<FolderView> create(Principal caller, @PathVariable String datasetUri,
            @Valid @RequestBody CreateFolder request) {
        FolderView folder = folders.create(caller, datasetUri, request);
        return ResponseEntity.created(URI.create("/api/v1/folders/" + folder.uri())).body(folder);
    }

    @GetMapping("/api/v1/datasets/{datasetUri}/folders")
    List<FolderView> list(Principal caller, @PathVariable String datasetUri) {
        return folders.list(caller, datasetUri);
    }

    @GetMapping("/api/v1/folders/{uri}")
    FolderView get(Principal caller, @PathVariable String uri) {
        return folders.get(caller, uri);
    }

    @PatchMapping("/api/v1/folders/{uri}")
    FolderView update(Principal caller, @PathVariable String uri, @Valid @RequestBody UpdateFolder request) {
        return folders.update(caller, uri, request);
    }

    /** Removes the folder from the catalog; its files stay. */
    @DeleteMapping("/api/v1/folders/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Principal caller, @PathVariable String uri) {
        folders.delete(caller, uri);
    }

    /** The folder's objects (keys relative to it), all or one level at a time with {@code delimiter=/}. */
    @GetMapping("/api/v1/folders/{uri}/objects")
    FolderListing objects(Principal caller, @PathVariable String uri, @RequestParam(required = false) String path,
            @RequestParam(required = false) String delimiter) {
        return folders.objects(caller, uri, path, "/".equals(delimiter));
    }

    /** The whole dataset's objects, for readers of all of it: owners, stewards, and grantees of the dataset. */
    @GetMapping("/api/v1/datasets/{uri}/objects")
    FolderListing datasetObjects(Principal caller, @PathVariable String uri, @RequestParam(required = false) String path,
            @RequestParam(required = false) String delimiter) {
        return folders.datasetObjects(caller, uri, path, "/".equals(delimiter));
    }

    /** Streams one object; a single byte range ({@code Range: bytes=a-b}) answers 206 with that part. */
    @GetMapping("/api/v1/folders/{uri}/content")
    ResponseEntity<StreamingResponseBody> download(Principal caller, @PathVariable String uri, @RequestParam String key,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        return respond(folders.download(caller, uri, key), key, range);
    }

    /** Streams one object of the dataset (key relative to the dataset's root), as above. */
    @GetMapping("/api/v1/datasets/{uri}/content")
    ResponseEntity<StreamingResponseBody> datasetDownload(Principal caller, @PathVariable String uri,
            @RequestParam String key, @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        return respond(folders.datasetDownload(caller, uri, key), key, range);
    }

    private static ResponseEntity<StreamingResponseBody> respond(Download download, String key, String range) {
        long size = download.size();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        headers.setLastModified(download.lastModified());
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(key.substring(key.lastIndexOf('/') + 1), java.nio.charset.StandardCharsets.UTF_8).build());
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        Matcher matcher = range == null ? null : SINGLE_RANGE.matcher(range.strip());
        if (matcher == null || !matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            headers.setContentLength(size);
            return new ResponseEntity<>(body(download, 0, size), headers, HttpStatus.OK);
        }
        long first;
        long last;
        if (matcher.group(1).isEmpty()) {
            first = Math.max(0, size - Long.parseLong(matcher.group(2)));
            last = size - 1;
        }
        else {
            first = Long.parseLong(matcher.group(1));
            last = matcher.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(matcher.group(2)), size - 1);
        }
        if (first >= size || first > last) {
            headers.set(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
            headers.setContentLength(0);
            return new ResponseEntity<>(null, headers, HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE);
        }
        headers.set(HttpHeaders.CONTENT_RANGE, "bytes %d-%d/%d".formatted(first, last, size));
        headers.setContentLength(last - first + 1);
        return new ResponseEntity<>(body(download, first, last - first + 1), headers, HttpStatus.PARTIAL_CONTENT);
    }

    private static StreamingResponseBody body(Download download, long offset, long length) {
        return out -> {
            try (InputStream in = download.open(offset, length)) {
                in.transferTo(out);
            }
        };
    }
}
