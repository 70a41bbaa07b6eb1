package io.lakegate.dataset.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.lakegate.platform.provisioning.Provisioner;
import io.lakegate.platform.provisioning.ProvisioningRecords;
import io.lakegate.platform.provisioning.StackStatus;
import org.springframework.stereotype.Component;

/**
 * Provisions a dataset's storage: creates the directory of a new dataset, checks that an imported one is
 * still there and readable. The catalog schema needs no resource: it is a name that views take in queries.
 */
@Component
class DatasetProvisioning implements Provisioner {

    static final String TARGET_TYPE = "dataset";

    private final DatasetRepository datasets;

    DatasetProvisioning(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    @Override
    public String targetType() {
        return TARGET_TYPE;
    }

    @Override
    public void statusChanged(String uri, StackStatus status) {
        datasets.updateStackStatus(uri, status);
    }

    @Override
    public void provision(String uri, ProvisioningRecords records) {
        Dataset dataset = datasets.find(uri).orElse(null);
        if (dataset == null) {
            return;
        }
        Path location = dataset.storageLocation();
        try {
            if (dataset.imported()) {
                records.info(uri, "Checking imported storage location " + location);
                if (!Files.isDirectory(location) || !Files.isReadable(location)) {
                    throw new IOException(location + " is not a readable directory");
                }
            }
            else {
                records.info(uri, "Ensuring storage location " + location);
                Files.createDirectories(location);
            }
            if (!Files.isWritable(location)) {
                records.info(uri, "The storage location is read-only: uploads into it will fail");
            }
        }
        catch (IOException e) {
            throw new IllegalStateException("Could not provision storage location %s: %s"
                    .formatted(location, Provisioner.describe(e)), e);
        }
        records.info(uri, "Storage location ready; catalog schema " + dataset.schemaName());
    }
}
