package io.lakegate.dataset.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.lakegate.access.AccessLevel;
import io.lakegate.access.DataAccess;
import io.lakegate.access.DataFilters;
import io.lakegate.access.Grant;
import io.lakegate.access.Grantee;
import io.lakegate.access.Grants;
import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.ShareExpiryRule;
import io.lakegate.dataset.internal.DatasetApi.CreateDataset;
import io.lakegate.dataset.internal.DatasetApi.DatasetView;
import io.lakegate.dataset.internal.DatasetApi.UpdateDataset;
import io.lakegate.environment.EnvironmentPermission;
import io.lakegate.environment.EnvironmentSummary;
import io.lakegate.environment.Environments;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Directory;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.platform.ApiProblem;
import io.lakegate.storage.LocalDirectories;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.ShortUris;
import io.lakegate.platform.Tags;
import io.lakegate.platform.provisioning.Provisioning;
import io.lakegate.platform.provisioning.ProvisioningRecord;
import io.lakegate.platform.provisioning.ProvisioningRecords;
import io.lakegate.platform.provisioning.StackStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Datasets: create, import, edit, delete, list, and their stack and key-value tags (guide 4.1). */
@Service
class DatasetService {

    private final DatasetRepository datasets;
    private final DatasetAssets assets;
    private final JobRepository jobs;
    private final Environments environments;
    private final Authorizer authorizer;
    private final Directory directory;
    private final DataAccess access;
    private final Grants grants;
    private final DataFilters filters;
    private final Provisioning provisioning;
    private final ProvisioningRecords records;
    private final List<Path> importRoots;

    DatasetService(DatasetRepository datasets, DatasetAssets assets, JobRepository jobs, Environments environments,
            Authorizer authorizer, Directory directory, DataAccess access, Grants grants, DataFilters filters,
            Provisioning provisioning, ProvisioningRecords records, LakegateProperties properties) {
        this.datasets = datasets;
        this.assets = assets;
        this.jobs = jobs;
        this.environments = environments;
        this.authorizer = authorizer;
        this.directory = directory;
        this.access = access;
        this.grants = grants;
        this.filters = filters;
        this.provisioning = provisioning;
        this.records = records;
        this.importRoots = properties.datasets().importRoots();
    }

    @Transactional
    DatasetView create(Principal principal, CreateDataset request) {
        EnvironmentSummary environment = environments.requireTeamPermission(principal, request.environmentUri(),
                request.ownerTeam(), EnvironmentPermission.CREATE_DATASET, TenantPermission.MANAGE_DATASETS);
        String stewards = blankToNull(request.stewardsTeam());
        if (stewards != null) {
            directory.requireTeam("stewardsTeam", stewards);
        }
        String uri = ShortUris.next();
        String name = request.name().strip();
        boolean imported = request.storageLocation() != null && !request.storageLocation().isBlank();
        Path location = imported
                ? importableLocation(environment, request.storageLocation())
                : environment.storageRoot().resolve("%s-%s-%s".formatted(environment.resourcePrefix(), slug(name, '-'), uri));
        String schema = request.schemaName() != null
                ? request.schemaName()
                : "%s_%s_%s".formatted(environment.resourcePrefix(), slug(name, '_'), uri);
        Dataset dataset = new Dataset(uri, environment.uri(), environment.organizationUri(), environment.region(), name,
                request.description(), request.ownerTeam(), stewards, request.confidentiality(),
                Tags.normalize(request.topics()), Tags.normalize(request.tags()),
                Boolean.TRUE.equals(request.autoApproval()), location, schema, imported, StackStatus.PENDING,
                principal.name(), null, null, shareExpiryRule(request.shareExpiry()));
        datasets.insert(dataset).ifPresent(index -> {
            throw switch (index) {
                case "datasets_name_idx" -> nameTaken(name);
                case "datasets_schema_idx" -> ApiProblem.invalid("schemaName",
                        "Schema name '%s' is taken by another dataset".formatted(schema));
                default -> ApiProblem.invalid("storageLocation",
                        "Storage location %s belongs to another dataset".formatted(location));
            };
        });
        provisioning.requestCreate(DatasetProvisioning.TARGET_TYPE, uri);
        assets.changed(AssetType.DATASET, uri);
        return view(principal, require(uri));
    }

    Page<DatasetView> list(Principal principal, String term, PageRequest page) {
        List<String> shared = grants.grantedTo(Grantee.of(principal)).stream().map(Grant::datasetUri).distinct().toList();
        return datasets.listFor(principal.teams(), shared, blankToNull(term), page).map(dataset -> view(principal, dataset));
    }

    /** Dataset metadata is for every signed-in user (guide 4.1.1); what lies in storage only for readers. */
    DatasetView get(Principal principal, String uri) {
        return view(principal, require(uri));
    }

    @Transactional
    DatasetView update(Principal principal, String uri, UpdateDataset request) {
        Dataset dataset = requireOwner(principal, uri, "UPDATE_DATASET");
        String stewards = request.stewardsTeam() == null ? dataset.stewardsTeam() : blankToNull(request.stewardsTeam());
        if (stewards != null && !stewards.equals(dataset.stewardsTeam())) {
            directory.requireTeam("stewardsTeam", stewards);
        }
        String name = request.name() == null ? dataset.name() : request.name().strip();
        if (name.isEmpty()) {
            throw ApiProblem.invalid("name", "name must not be blank");
        }
        Dataset updated = new Dataset(uri, dataset.environmentUri(), dataset.organizationUri(), dataset.region(), name,
                request.description() == null ? dataset.description() : request.description(), dataset.ownerTeam(),
                stewards, request.confidentiality() == null ? dataset.confidentiality() : request.confidentiality(),
                request.topics() == null ? dataset.topics() : Tags.normalize(request.topics()),
                request.tags() == null ? dataset.tags() : Tags.normalize(request.tags()),
                request.autoApproval() == null ? dataset.autoApproval() : request.autoApproval(),
                dataset.storageLocation(), dataset.schemaName(), dataset.imported(), dataset.stackStatus(),
                dataset.createdBy(), dataset.createdAt(), dataset.updatedAt(),
                request.shareExpiry() == null ? dataset.shareExpiry() : shareExpiryRule(request.shareExpiry()));
        if (!datasets.update(updated)) {
            throw nameTaken(name);
        }
        assets.datasetChanged(uri);
        return view(principal, require(uri));
    }

    /** Deletes the dataset from Lakegate; its files stay unless {@code deleteData}, and an import's always stay. */
    @Transactional
    void delete(Principal principal, String uri, boolean deleteData) {
        Dataset dataset = requireOwner(principal, uri, "DELETE_DATASET");
        if (grants.anyInDataset(uri)) {
            throw ApiProblem.conflict("Dataset %s is shared: revoke all shares of the dataset, its tables and its folders before deletion"
                    .formatted(dataset.name()));
        }
        if (deleteData && dataset.imported()) {
            throw ApiProblem.invalid("deleteData",
                    "Dataset %s was imported: Lakegate never deletes the data of an imported dataset".formatted(uri));
        }
        filters.deleteInDataset(uri);
        assets.datasetRemoved(uri);
        datasets.delete(uri);
        records.delete(uri);
        if (deleteData) {
            LocalDirectories.deleteRecursively(dataset.storageLocation());
        }
    }

    /** Refuses to delete a table or folder that a grant names (guide: "Revoke all table shares before deletion"). */
    void requireNotShared(AssetType type, String uri, String name) {
        if (grants.isGranted(uri)) {
            throw ApiProblem.conflict("%s %s is shared: revoke all %s shares before deletion"
                    .formatted(type.label(), name, type.label().toLowerCase()));
        }
    }

    ProvisioningRecord stack(Principal principal, String uri) {
        requireManager(principal, uri, "GET_DATASET_STACK");
        return records.find(uri).orElseThrow(() -> ApiProblem.notFound("Stack of dataset", uri));
    }

    @Transactional
    ProvisioningRecord updateStack(Principal principal, String uri) {
        requireOwner(principal, uri, "UPDATE_DATASET_STACK");
        return provisioning.requestRerun(uri);
    }

    Map<String, String> keyValueTags(Principal principal, String uri) {
        requireManager(principal, uri, "GET_DATASET_TAGS");
        return datasets.kvTags(uri);
    }

    @Transactional
    Map<String, String> replaceKeyValueTags(Principal principal, String uri, Map<String, String> tags) {
        requireOwner(principal, uri, "UPDATE_DATASET_TAGS");
        datasets.replaceKvTags(uri, tags);
        return datasets.kvTags(uri);
    }

    Page<Job> jobs(Principal principal, String uri, Job.Kind kind, PageRequest page) {
        requireManager(principal, uri, "LIST_DATASET_JOBS");
        return jobs.list(uri, kind, page);
    }

    Job job(Principal principal, String uri, String jobUri) {
        requireManager(principal, uri, "GET_DATASET_JOB");
        return jobs.find(jobUri).filter(job -> job.datasetUri().equals(uri))
                .orElseThrow(() -> ApiProblem.notFound("Job of dataset " + uri, jobUri));
    }

    Dataset require(String uri) {
        return datasets.find(uri).orElseThrow(() -> ApiProblem.notFound("Dataset", uri));
    }

    /** Changes to a dataset and its contents are for its owner team, with the tenant's MANAGE_DATASETS. */
    Dataset requireOwner(Principal principal, String uri, String action) {
        Dataset dataset = require(uri);
        authorizer.requireAnyTeam(principal, action, dataset.resource(), List.of(dataset.ownerTeam()),
                TenantPermission.MANAGE_DATASETS);
        return dataset;
    }

    /** What owners and stewards see of a dataset beyond its metadata: its stack, tags and jobs. */
    Dataset requireManager(Principal principal, String uri, String action) {
        Dataset dataset = require(uri);
        authorizer.requireAnyTeam(principal, action, dataset.resource(),
                Optional.ofNullable(dataset.stewardsTeam()).map(stewards -> List.of(dataset.ownerTeam(), stewards))
                        .orElse(List.of(dataset.ownerTeam())));
        return dataset;
    }

    /** The rule the request sets: none (null) unless enabled, else its months, both given, minimum first. */
    private static ShareExpiryRule shareExpiryRule(DatasetApi.ShareExpiry requested) {
        if (requested == null || !requested.enabled()) {
            return null;
        }
        if (requested.minMonths() == null || requested.maxMonths() == null) {
            throw ApiProblem.invalid("shareExpiry", "shareExpiry needs minMonths and maxMonths when enabled");
        }
        if (requested.minMonths() > requested.maxMonths()) {
            throw ApiProblem.invalid("shareExpiry", "shareExpiry.minMonths (%d) must not exceed shareExpiry.maxMonths (%d)"
                    .formatted(requested.minMonths(), requested.maxMonths()));
        }
        return new ShareExpiryRule(requested.minMonths(), requested.maxMonths());
    }

    private DatasetView view(Principal principal, Dataset dataset) {
        AccessLevel role = access.levelOn(principal, dataset.protectedDataset());
        boolean reader = role != AccessLevel.NONE;
        return new DatasetView(dataset.uri(), dataset.name(), dataset.description(), dataset.environmentUri(),
                dataset.organizationUri(), dataset.region(), dataset.ownerTeam(), dataset.stewardsTeam(),
                dataset.confidentiality(), dataset.topics(), dataset.tags(), dataset.autoApproval(),
                DatasetApi.ShareExpiry.of(dataset.shareExpiry()), dataset.imported(),
                dataset.schemaName(), reader ? dataset.storageLocation().toString() : null,
                role.manages() ? dataset.stackStatus().name() : null, reader ? datasets.counts(dataset.uri()) : null,
                dataset.createdBy(), dataset.createdAt(), dataset.updatedAt(), role);
    }

    /**
     * The directory to import: it must exist and lie, links resolved, inside the environment's storage root or
     * one of the import roots an admin configured.
     */
    private Path importableLocation(EnvironmentSummary environment, String requested) {
        Path path = Path.of(requested.strip());
        if (requested.indexOf('\0') >= 0 || !path.isAbsolute()) {
            throw ApiProblem.invalid("storageLocation", "storageLocation must be an absolute directory path");
        }
        Path real;
        try {
            real = path.toRealPath();
        }
        catch (IOException e) {
            throw ApiProblem.invalid("storageLocation", "There is no directory %s".formatted(path));
        }
        if (!Files.isDirectory(real)) {
            throw ApiProblem.invalid("storageLocation", "%s is not a directory".formatted(path));
        }
        boolean allowed = Stream.concat(Stream.of(environment.storageRoot()), importRoots.stream())
                .map(DatasetService::realOrSelf)
                .anyMatch(root -> real.startsWith(root) && !real.equals(root));
        if (!allowed) {
            throw ApiProblem.invalid("storageLocation", ("%s is outside the storage root of environment %s and every "
                    + "import root an administrator allowed").formatted(path, environment.uri()));
        }
        datasets.overlapping(real).ifPresent(other -> {
            throw ApiProblem.invalid("storageLocation",
                    "%s overlaps the storage of dataset %s".formatted(path, other));
        });
        return real;
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        }
        catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** The name as it appears in directory and schema names: lowercase letters and digits, words joined. */
    static String slug(String name, char separator) {
        String words = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        String slug = words.substring(0, Math.min(words.length(), 30)).strip().replace(' ', separator);
        return slug.isEmpty() ? "dataset" : slug;
    }


    private static ApiProblem nameTaken(String name) {
        return ApiProblem.invalid("name", "The environment already has a dataset named '%s'".formatted(name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
