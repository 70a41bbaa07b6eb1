package io.lakegate.dataset.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import io.lakegate.access.AccessLevel;
import io.lakegate.access.DataAccess;
import io.lakegate.dataset.AssetType;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.ShortUris;
import io.lakegate.platform.Tags;
import io.lakegate.storage.ObjectInfo;
import io.lakegate.storage.ObjectListing;
import io.lakegate.storage.ObjectStore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folders of datasets (guide 4.2.2): their metadata for everyone, their files for those {@link DataAccess}
 * lets read them. Deleting a folder removes it from the catalog; its files stay.
 */
@Service
class FolderService {

    private final DatasetService datasets;
    private final FolderRepository folders;
    private final DatasetAssets assets;
    private final DatasetStorage storage;
    private final DataAccess access;

    FolderService(DatasetService datasets, FolderRepository folders, DatasetAssets assets, DatasetStorage storage,
            DataAccess access) {
        this.datasets = datasets;
        this.folders = folders;
        this.assets = assets;
        this.storage = storage;
        this.access = access;
    }

    @Transactional
    FolderView create(Principal principal, String datasetUri, CreateFolder request) {
        Dataset dataset = datasets.requireOwner(principal, datasetUri, "CREATE_DATASET_FOLDER");
        String prefix = DatasetKeys.prefix("prefix", request.prefix());
        if (prefix.isEmpty()) {
            throw ApiProblem.invalid("prefix", "A folder needs a prefix inside the dataset");
        }
        if (prefix.startsWith(".") || prefix.contains("/.")) {
            throw ApiProblem.invalid("prefix", "A folder's prefix must not have parts starting with '.'");
        }
        Folder folder = new Folder(ShortUris.next(), datasetUri, request.name().strip(), prefix, request.description(),
                Tags.normalize(request.tags()), principal.name(), null, null);
        folders.insert(folder).ifPresent(field -> {
            throw ApiProblem.invalid(field, field.equals("prefix")
                    ? "Dataset %s already has a folder at %s".formatted(datasetUri, prefix)
                    : "Dataset %s already has a folder named '%s'".formatted(datasetUri, folder.name()));
        });
        assets.changed(AssetType.FOLDER, folder.uri());
        return view(dataset, require(folder.uri()), AccessLevel.OWNER);
    }

    List<FolderView> list(Principal principal, String datasetUri) {
        Dataset dataset = datasets.require(datasetUri);
        AccessLevel role = access.levelOn(principal, dataset.protectedDataset());
        return folders.listByDataset(datasetUri).stream().map(folder -> view(dataset, folder, role)).toList();
    }

    FolderView get(Principal principal, String uri) {
        Folder folder = require(uri);
        Dataset dataset = datasets.require(folder.datasetUri());
        return view(dataset, folder, access.levelOn(principal, dataset.protectedDataset()));
    }

    @Transactional
    FolderView update(Principal principal, String uri, UpdateFolder request) {
        Folder folder = require(uri);
        Dataset dataset = datasets.requireOwner(principal, folder.datasetUri(), "UPDATE_DATASET_FOLDER");
        Folder updated = new Folder(uri, folder.datasetUri(), request.name() == null ? folder.name() : request.name().strip(),
                folder.prefix(), request.description() == null ? folder.description() : request.description(),
                request.tags() == null ? folder.tags() : Tags.normalize(request.tags()), folder.createdBy(),
                folder.createdAt(), folder.updatedAt());
        if (updated.name().isEmpty()) {
            throw ApiProblem.invalid("name", "name must not be blank");
        }
        if (!folders.update(updated)) {
            throw ApiProblem.invalid("name", "Dataset %s already has a folder named '%s'".formatted(dataset.uri(), updated.name()));
        }
        assets.changed(AssetType.FOLDER, uri);
        return view(dataset, require(uri), AccessLevel.OWNER);
    }

    @Transactional
    void delete(Principal principal, String uri) {
        Folder folder = require(uri);
        datasets.requireOwner(principal, folder.datasetUri(), "DELETE_DATASET_FOLDER");
        datasets.requireNotShared(AssetType.FOLDER, uri, folder.name());
        folders.delete(uri);
        assets.removed(AssetType.FOLDER, uri);
    }

    /** The objects under the folder, or under {@code path} inside it; one level at a time with {@code delimited}. */
    FolderListing objects(Principal principal, String uri, String path, boolean delimited) {
        Folder folder = require(uri);
        return objectsUnder(principal, datasets.require(folder.datasetUri()), folder.prefix(), path, delimited,
                "LIST_FOLDER_OBJECTS");
    }

    /** The objects of the whole dataset, or under {@code path} in it, for readers of all of it. */
    FolderListing datasetObjects(Principal principal, String datasetUri, String path, boolean delimited) {
        return objectsUnder(principal, datasets.require(datasetUri), "", path, delimited, "LIST_DATASET_OBJECTS");
    }

    /** One object of the folder, by its key inside the folder. */
    Download download(Principal principal, String uri, String key) {
        Folder folder = require(uri);
        return downloadUnder(principal, datasets.require(folder.datasetUri()), folder.prefix(), key,
                "DOWNLOAD_FOLDER_OBJECT", "Object of folder " + uri);
    }

    /** One object of the dataset, by its key inside the dataset. */
    Download datasetDownload(Principal principal, String datasetUri, String key) {
        return downloadUnder(principal, datasets.require(datasetUri), "", key, "DOWNLOAD_DATASET_OBJECT",
                "Object of dataset " + datasetUri);
    }

    /** The objects under {@code root} (a prefix of the dataset; empty for all of it), keys relative to it. */
    private FolderListing objectsUnder(Principal principal, Dataset dataset, String root, String path, boolean delimited,
            String action) {
        String under = DatasetKeys.join(root, DatasetKeys.prefix("path", path));
        String prefix = under.isEmpty() ? "" : under + "/";
        access.requireObjectRead(principal, dataset.protectedDataset(), prefix, action);
        ObjectListing listing = storage.of(dataset).list(prefix, delimited ? "/" : null);
        int cut = root.isEmpty() ? 0 : root.length() + 1;
        return new FolderListing(
                listing.objects().stream().filter(object -> !hidden(object.key()))
                        .map(object -> new FolderObject(object.key().substring(cut), object.size(), object.lastModified()))
                        .toList(),
                listing.commonPrefixes().stream().filter(common -> !hidden(common)).map(common -> common.substring(cut)).toList());
    }

    private Download downloadUnder(Principal principal, Dataset dataset, String root, String key, String action,
            String kind) {
        String fullKey = DatasetKeys.join(root, DatasetKeys.key("key", key));
        access.requireObjectRead(principal, dataset.protectedDataset(), fullKey, action);
        if (hidden(fullKey)) {
            throw ApiProblem.notFound(kind, key);
        }
        ObjectStore store = storage.of(dataset);
        ObjectInfo info = store.stat(fullKey).orElseThrow(() -> ApiProblem.notFound(kind, key));
        return new Download(key, info.size(), info.lastModified(), store, fullKey);
    }

    private Folder require(String uri) {
        return folders.find(uri).orElseThrow(() -> ApiProblem.notFound("Folder", uri));
    }

    /** Lakegate's own working files (staged uploads) are not part of any folder. */
    private static boolean hidden(String key) {
        return key.startsWith(".") || key.contains("/.");
    }

    private FolderView view(Dataset dataset, Folder folder, AccessLevel role) {
        return new FolderView(folder.uri(), dataset.uri(), folder.name(), folder.prefix(),
                role == AccessLevel.NONE ? null : dataset.storageLocation().resolve(folder.prefix()).toString(),
                folder.description(), folder.tags(), folder.createdBy(), folder.createdAt(), folder.updatedAt(), role);
    }

    record CreateFolder(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 1024) String prefix,
            @Size(max = 2000) String description, @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags) {
    }

    record UpdateFolder(@Size(min = 1, max = 100) String name, @Size(max = 2000) String description,
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> tags) {
    }

    record FolderView(String uri, String datasetUri, String name, String prefix, String storageLocation,
            String description, List<String> tags, String createdBy, Instant createdAt, Instant updatedAt,
            AccessLevel userRole) {
    }

    record FolderListing(List<FolderObject> objects, List<String> folders) {
    }

    /** An object in a folder; {@code key} is relative to the folder. */
    record FolderObject(String key, long size, Instant lastModified) {
    }

    /** An object the caller may read, opened only when the response is written. */
    record Download(String key, long size, Instant lastModified, ObjectStore store, String storeKey) {

        InputStream open(long offset, long length) {
            return store.read(storeKey, offset, length);
        }
    }
}
