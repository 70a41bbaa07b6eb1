package io.lakegate.catalog.internal;

import java.net.URI;
import java.util.List;

import io.lakegate.catalog.internal.GlossaryApi.CreateGlossary;
import io.lakegate.catalog.internal.GlossaryApi.CreateNode;
import io.lakegate.catalog.internal.GlossaryApi.LinkTerm;
import io.lakegate.catalog.internal.GlossaryApi.NodeView;
import io.lakegate.catalog.internal.GlossaryApi.UpdateNode;
import io.lakegate.dataset.AssetType;
import io.lakegate.identity.Principal;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Glossaries")
@RestController
class GlossaryController {

    private final GlossaryService glossaries;

    GlossaryController(GlossaryService glossaries) {
        this.glossaries = glossaries;
    }

    @PostMapping("/api/v1/glossaries")
    ResponseEntity<NodeView> create(Principal caller, @Valid @RequestBody CreateGlossary request) {
        NodeView glossary = glossaries.create(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/glossaries/" + glossary.uri())).body(glossary);
    }

    @GetMapping("/api/v1/glossaries")
    List<NodeView> list(Principal caller) {
        return glossaries.list();
    }

    /** The glossary with its tree of categories and terms. */
    @GetMapping("/api/v1/glossaries/{uri}")
    NodeView get(Principal caller, @PathVariable String uri) {
        return glossaries.get(uri);
    }

    @PostMapping("/api/v1/glossaries/{uri}/categories")
    ResponseEntity<NodeView> addCategory(Principal caller, @PathVariable String uri, @Valid @RequestBody CreateNode request) {
        return created(glossaries.addNode(caller, uri, GlossaryNode.Kind.CATEGORY, request));
    }

    @PostMapping("/api/v1/glossaries/{uri}/terms")
    ResponseEntity<NodeView> addTerm(Principal caller, @PathVariable String uri, @Valid @RequestBody CreateNode request) {
        return created(glossaries.addNode(caller, uri, GlossaryNode.Kind.TERM, request));
    }

    /** Renames or describes a glossary, a category or a term. */
    @PatchMapping("/api/v1/glossary-nodes/{uri}")
    NodeView update(Principal caller, @PathVariable String uri, @Valid @RequestBody UpdateNode request) {
        return glossaries.update(caller, uri, request);
    }

    /** Deletes a glossary, a category or a term with everything below it and its links. */
    @DeleteMapping("/api/v1/glossary-nodes/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Principal caller, @PathVariable String uri) {
        glossaries.delete(caller, uri);
    }

    /** Every link to a term of the glossary, approved or waiting (guide 4.3.2, "Associations"). */
    @GetMapping("/api/v1/glossaries/{uri}/associations")
    List<GlossaryLink> associations(Principal caller, @PathVariable String uri) {
        return glossaries.associations(uri);
    }

    @GetMapping("/api/v1/glossary-links")
    List<GlossaryLink> linksOf(Principal caller, @RequestParam AssetType targetType, @RequestParam String targetUri) {
        return glossaries.linksOf(targetType, targetUri);
    }

    @PostMapping("/api/v1/glossary-links")
    ResponseEntity<GlossaryLink> link(Principal caller, @Valid @RequestBody LinkTerm request) {
        GlossaryLink link = glossaries.link(caller, request);
        return ResponseEntity.created(URI.create("/api/v1/glossary-links/" + link.uri())).body(link);
    }

    @DeleteMapping("/api/v1/glossary-links/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(Principal caller, @PathVariable String uri) {
        glossaries.unlink(caller, uri);
    }

    @PostMapping("/api/v1/glossary-links/{uri}/approve")
    GlossaryLink approve(Principal caller, @PathVariable String uri) {
        return glossaries.approve(caller, uri);
    }

    @PostMapping("/api/v1/glossary-links/{uri}/dismiss")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(Principal caller, @PathVariable String uri) {
        glossaries.dismiss(caller, uri);
    }

    private static ResponseEntity<NodeView> created(NodeView node) {
        return ResponseEntity.created(URI.create("/api/v1/glossary-nodes/" + node.uri())).body(node);
    }
}
