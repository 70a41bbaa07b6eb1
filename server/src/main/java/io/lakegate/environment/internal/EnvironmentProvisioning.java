package io.lakegate.environment.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.lakegate.platform.provisioning.Provisioner;
import io.lakegate.platform.provisioning.ProvisioningRecords;
import io.lakegate.platform.provisioning.StackStatus;
import org.springframework.stereotype.Component;

/** Provisions an environment's storage root. */
@Component
class EnvironmentProvisioning implements Provisioner {

    static final String TARGET_TYPE = "environment";

    private final EnvironmentRepository environments;

    EnvironmentProvisioning(EnvironmentRepository environments) {
        this.environments = environments;
    }

    @Override
    public String targetType() {
        return TARGET_TYPE;
    }

    /** Keeps the environment's copy of its stack status, for listings, in step with the record. */
    @Override
    public void statusChanged(String uri, StackStatus status) {
        environments.updateStackStatus(uri, status);
    }

    @Override
    public void provision(String uri, ProvisioningRecords records) {
        Environment environment = environments.find(uri).orElse(null);
        if (environment == null) {
            return;
        }
        Path root = environment.storageRoot();
        records.info(uri, "Ensuring storage root " + root);
        try {
            Files.createDirectories(root);
            if (!Files.isWritable(root)) {
                throw new IOException(root + " is not writable");
            }
        }
        catch (IOException e) {
            throw new IllegalStateException("Could not provision storage root %s: %s".formatted(root, Provisioner.describe(e)), e);
        }
        records.info(uri, "Storage root ready");
    }
}
