package io.lakegate.dataset.internal;

import java.net.URI;
import java.util.Map;

import io.lakegate.dataset.internal.DatasetApi.CreateDataset;
import io.lakegate.dataset.internal.DatasetApi.DatasetView;
import io.lakegate.dataset.internal.DatasetApi.KeyValueTags;
import io.lakegate.dataset.internal.DatasetApi.UpdateDataset;
import io.lakegate.identity.Principal;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.provisioning.ProvisioningRecord;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Datasets")
@RestController
@RequestMapping("/api/v1/datasets")
class DatasetController {

    private final DatasetService datasets;

    DatasetController(DatasetService datasets) {
        this.datasets = datasets;
    }

    /** Creates a dataset, or imports an existing directory when {@code storageLocation} is given. */
    @PostMapping
    ResponseEntity<DatasetView> create(Principal caller, @Valid @RequestBody CreateDataset request) {
        DatasetView dataset = datasets.create(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/datasets/" + dataset.uri())).body(dataset);
    }

    /** The datasets the caller's teams own or steward, with the caller's role. */
    @GetMapping
    Page<DatasetView> list(Principal caller, @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return datasets.list(caller, term, PageRequest.of(page, size));
    }

    @GetMapping("/{uri}")
    DatasetView get(Principal caller, @PathVariable String uri) {
        return datasets.get(caller, uri);
    }

    @PatchMapping("/{uri}")
    DatasetView update(Principal caller, @PathVariable String uri, @Valid @RequestBody UpdateDataset request) {
        return datasets.update(caller, uri, request);
    }

    /** Deletes the dataset; its files are kept unless {@code deleteData}. */
    @DeleteMapping("/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Principal caller, @PathVariable String uri, @RequestParam(defaultValue = "false") boolean deleteData) {
        datasets.delete(caller, uri, deleteData);
    }

    @GetMapping("/{uri}/stack")
    ProvisioningRecord stack(Principal caller, @PathVariable String uri) {
        return datasets.stack(caller, uri);
    }

    @PostMapping("/{uri}/stack/update")
    ResponseEntity<ProvisioningRecord> updateStack(Principal caller, @PathVariable String uri) {
        return ResponseEntity.accepted().body(datasets.updateStack(caller, uri));
    }

    @GetMapping("/{uri}/kv-tags")
    Map<String, String> keyValueTags(Principal caller, @PathVariable String uri) {
        return datasets.keyValueTags(caller, uri);
    }

    @PutMapping("/{uri}/kv-tags")
    Map<String, String> replaceKeyValueTags(Principal caller, @PathVariable String uri,
            @Valid @RequestBody KeyValueTags request) {
        return datasets.replaceKeyValueTags(caller, uri, request.tags());
    }
}
