package io.lakegate.dataset.internal;

import java.time.Duration;

import io.lakegate.storage.FileSystemObjectStore;
import io.lakegate.storage.ObjectStore;
import org.springframework.stereotype.Component;

/** The object store of each dataset: its storage location, with keys relative to it. */
@Component
class DatasetStorage {

    /** Writes left unfinished for that long are over: their node stopped while they ran. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    ObjectStore of(Dataset dataset) {
        return new FileSystemObjectStore(dataset.storageLocation());
    }

    /** Removes what writes killed long enough ago left behind; they were never visible as objects. */
    int removeAbandonedWrites(Dataset dataset) {
        return new FileSystemObjectStore(dataset.storageLocation()).removeAbandonedWrites(ABANDONED_AFTER);
    }
}
