package io.lakegate.catalog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.lakegate.access.AccessLevel;
import io.lakegate.access.DataAccess;
import io.lakegate.access.GrantTarget;
import io.lakegate.access.ProtectedDataset;
import io.lakegate.catalog.internal.index.CatalogHit;
import io.lakegate.catalog.internal.index.CatalogIndex;
import io.lakegate.catalog.internal.index.CatalogQuery;
import io.lakegate.catalog.internal.index.CatalogResult;
import io.lakegate.catalog.internal.index.FacetCount;
import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.DataAsset;
import io.lakegate.dataset.DataAssets;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import org.springframework.stereotype.Service;

/**
 * Catalog search: metadata of every asset for every signed-in principal, each hit with the caller's access so
 * that a client can offer to request it.
 */
@Service
class CatalogService {

    private final CatalogIndex index;
    private final CatalogIndexer indexer;
    private final DataAssets assets;
    private final DataAccess access;
    private final Authorizer authorizer;

    CatalogService(CatalogIndex index, CatalogIndexer indexer, DataAssets assets, DataAccess access,
            Authorizer authorizer) {
        this.index = index;
        this.indexer = indexer;
        this.assets = assets;
        this.access = access;
        this.authorizer = authorizer;
    }

    SearchResult search(Principal principal, CatalogQuery query) {
        CatalogResult result = index.search(query);
        Map<String, AccessLevel> levels = new HashMap<>();
        result.hits().stream()
                .collect(Collectors.groupingBy(CatalogHit::datasetUri, Collectors.toMap(CatalogHit::uri,
                        hit -> GrantTarget.Type.valueOf(hit.type().name()))))
                .forEach((dataset, assets) -> levels.putAll(levelsOn(principal, dataset, assets)));
        List<SearchHit> hits = result.hits().stream()
                .map(hit -> new SearchHit(hit, levels.get(hit.uri())))
                .toList();
        return new SearchResult(result.total(), query.page(), query.size(), hits, result.facets());
    }

    /** Topics in use, most used first, for forms. */
    List<FacetCount> topics() {
        return facet("topics", "");
    }

    /** Tags in use that start with {@code prefix} (any case), most used first, for forms. */
    List<FacetCount> tags(String prefix) {
        return facet("tags", prefix == null ? "" : prefix.strip());
    }

    String reindex(Principal principal) {
        authorizer.requireAdmin(principal, "REINDEX_CATALOG");
        return indexer.requestReindex();
    }

    private List<FacetCount> facet(String name, String prefix) {
        CatalogResult everything = index.search(new CatalogQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), 1, 1));
        return everything.facets().getOrDefault(name, List.of()).stream()
                .filter(count -> count.value().toLowerCase().startsWith(prefix.toLowerCase()))
                .collect(Collectors.toList());
    }

    /** The caller's access to each of a dataset's assets found, in one look at the grants. */
    private Map<String, AccessLevel> levelsOn(Principal principal, String datasetUri,
            Map<String, GrantTarget.Type> found) {
        return assets.find(AssetType.DATASET, datasetUri)
                .map(dataset -> access.levelsOn(principal, protectedDataset(dataset), found))
                .orElseGet(() -> found.keySet().stream().collect(Collectors.toMap(uri -> uri, uri -> AccessLevel.NONE)));
    }

    private static ProtectedDataset protectedDataset(DataAsset dataset) {
        return new ProtectedDataset(dataset.uri(), dataset.ownerTeam(), dataset.stewardsTeam());
    }

    /** A hit with the caller's access to its data: to a table or folder, through a grant on it or its whole dataset. */
    record SearchHit(CatalogHit asset, AccessLevel access) {
    }

    record SearchResult(long total, int page, int size, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    }
}
