package io.lakegate.catalog.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.catalog.internal.CatalogService.SearchResult;
import io.lakegate.catalog.internal.index.AssetType;
import io.lakegate.catalog.internal.index.CatalogQuery;
import io.lakegate.catalog.internal.index.FacetCount;
import io.lakegate.identity.Principal;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalog")
@RestController
class CatalogController {

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    /**
     * Searches datasets, tables and folders: ranked hits with highlighted snippets and, for every facet, the
     * counts over the current result. Repeat a filter parameter for several values.
     */
    @GetMapping("/api/v1/catalog/search")
    SearchResult search(Principal caller, @RequestParam(required = false) String q,
            @RequestParam(required = false) Set<AssetType> type, @RequestParam(required = false) Set<String> tags,
            @RequestParam(required = false) Set<String> topics, @RequestParam(required = false) Set<String> region,
            @RequestParam(required = false) Set<String> classification, @RequestParam(required = false) Set<String> terms,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        return catalog.search(caller, new CatalogQuery(q, type == null ? EnumSet.noneOf(AssetType.class) : type, tags,
                topics, region, classification, terms, page, size));
    }

    @GetMapping("/api/v1/catalog/topics")
    List<FacetCount> topics(Principal caller) {
        return catalog.topics();
    }

    @GetMapping("/api/v1/catalog/tags")
    List<FacetCount> tags(Principal caller, @RequestParam(required = false) String prefix) {
        return catalog.tags(prefix);
    }

    /** Rebuilds the index from the assets, in the background (admin team). */
    @PostMapping("/api/v1/admin/catalog/reindex")
    ResponseEntity<Map<String, String>> reindex(Principal caller) {
        return ResponseEntity.accepted().body(Map.of("task", catalog.reindex(caller)));
    }
}
