package io.lakegate.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lakegate.catalog.internal.GlossaryApi.CreateGlossary;
import io.lakegate.catalog.internal.GlossaryApi.CreateNode;
import io.lakegate.catalog.internal.GlossaryApi.LinkTerm;
import io.lakegate.catalog.internal.GlossaryApi.NodeView;
import io.lakegate.catalog.internal.GlossaryApi.UpdateNode;
import io.lakegate.catalog.internal.GlossaryNode.Kind;
import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.DataAsset;
import io.lakegate.dataset.DataAssetChanged;
import io.lakegate.dataset.DataAssets;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.ShortUris;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business glossaries (guide 4.3.2): a tree of categories and terms owned by a team with MANAGE_GLOSSARIES.
 * The owners of a data asset link terms to it; a link counts once the glossary's owner team approved it.
 * Glossaries and links are for every signed-in user to read.
 */
@Service
class GlossaryService {

    private final GlossaryRepository glossaries;
    private final DataAssets assets;
    private final Authorizer authorizer;
    private final ApplicationEventPublisher events;

    GlossaryService(GlossaryRepository glossaries, DataAssets assets, Authorizer authorizer,
            ApplicationEventPublisher events) {
        this.glossaries = glossaries;
        this.assets = assets;
        this.authorizer = authorizer;
        this.events = events;
    }

    @Transactional
    NodeView create(Principal principal, CreateGlossary request) {
        authorizer.requireTenantPermission(principal, request.ownerTeam(), TenantPermission.MANAGE_GLOSSARIES);
        String uri = ShortUris.next();
        GlossaryNode glossary = new GlossaryNode(uri, uri, null, Kind.GLOSSARY, request.name().strip(),
                request.description(), request.ownerTeam(), principal.name(), null, null);
        if (!glossaries.insert(glossary)) {
            throw ApiProblem.invalid("name", "There is a glossary named '%s' already".formatted(glossary.name()));
        }
        return tree(uri);
    }

    List<NodeView> list() {
        return glossaries.glossaries().stream()
                .map(glossary -> view(glossary, glossary.name(), List.of()))
                .toList();
    }

    NodeView get(String uri) {
        GlossaryNode glossary = require(uri);
        if (glossary.kind() != Kind.GLOSSARY) {
            throw ApiProblem.notFound("Glossary", uri);
        }
        return tree(uri);
    }

    @Transactional
    NodeView addNode(Principal principal, String glossaryUri, Kind kind, CreateNode request) {
        GlossaryNode glossary = requireOwner(principal, glossaryUri, "CREATE_GLOSSARY_" + kind.name());
        String parentUri = request.parentUri() == null || request.parentUri().isBlank() ? glossaryUri : request.parentUri();
        GlossaryNode parent = glossaries.find(parentUri)
                .filter(node -> node.glossaryUri().equals(glossary.uri()) && node.kind() != Kind.TERM)
                .orElseThrow(() -> ApiProblem.invalid("parentUri",
                        "'%s' is not the glossary %s or one of its categories".formatted(parentUri, glossaryUri)));
        GlossaryNode node = new GlossaryNode(ShortUris.next(), glossary.uri(), parent.uri(), kind, request.name().strip(),
                request.description(), null, principal.name(), null, null);
        if (!glossaries.insert(node)) {
            throw ApiProblem.invalid("name", kind == Kind.TERM
                    ? "Glossary %s has a term named '%s' already".formatted(glossaryUri, node.name())
                    : "'%s' has a category named '%s' already".formatted(parent.name(), node.name()));
        }
        return find(tree(glossaryUri), node.uri());
    }

    @Transactional
    NodeView update(Principal principal, String uri, UpdateNode request) {
        GlossaryNode node = require(uri);
        requireOwner(principal, node.glossaryUri(), "UPDATE_GLOSSARY");
        String name = request.name() == null ? node.name() : request.name().strip();
        if (name.isEmpty()) {
            throw ApiProblem.invalid("name", "name must not be blank");
        }
        if (!glossaries.update(uri, name, request.description() == null ? node.description() : request.description())) {
            throw ApiProblem.invalid("name", "The name '%s' is taken where it must be unique".formatted(name));
        }
        approvedLinksUnder(uri).forEach(this::entryChanged);
        return find(tree(node.glossaryUri()), uri);
    }

    /** Deletes a glossary, a category or a term, with everything below it and its links. */
    @Transactional
    void delete(Principal principal, String uri) {
        GlossaryNode node = require(uri);
        requireOwner(principal, node.glossaryUri(), "DELETE_GLOSSARY");
        List<GlossaryLink> approved = approvedLinksUnder(uri);
        glossaries.delete(uri);
        approved.forEach(this::entryChanged);
    }

    List<GlossaryLink> associations(String glossaryUri) {
        get(glossaryUri);
        return glossaries.linksOfGlossary(glossaryUri);
    }

    List<GlossaryLink> linksOf(AssetType type, String targetUri) {
        requireAsset(type, targetUri);
        return glossaries.linksOfTarget(type, targetUri);
    }

    /** The owners of a data asset link a term to it; the link waits for the glossary owners' approval. */
    @Transactional
    GlossaryLink link(Principal principal, LinkTerm request) {
        DataAsset asset = requireAsset(request.targetType(), request.targetUri());
        authorizer.requireAnyTeam(principal, "LINK_GLOSSARY_TERM", resource(asset), List.of(asset.ownerTeam()));
        GlossaryNode term = glossaries.find(request.termUri()).filter(node -> node.kind() == Kind.TERM)
                .orElseThrow(() -> ApiProblem.invalid("termUri", "There is no glossary term '%s'".formatted(request.termUri())));
        String uri = ShortUris.next();
        if (!glossaries.insertLink(uri, term.uri(), asset.type(), asset.uri(), principal.name())) {
            throw ApiProblem.invalid("termUri", "Term '%s' is linked to %s already".formatted(term.name(), resource(asset)));
        }
        return glossaries.findLink(uri).orElseThrow();
    }

    /** The asset's owners or the glossary's owners remove a link. */
    @Transactional
    void unlink(Principal principal, String linkUri) {
        GlossaryLink link = requireLink(linkUri);
        GlossaryNode glossary = require(link.glossaryUri());
        List<String> allowed = new ArrayList<>(List.of(glossary.ownerTeam()));
        assets.find(link.targetType(), link.targetUri()).ifPresent(asset -> allowed.add(asset.ownerTeam()));
        authorizer.requireAnyTeam(principal, "UNLINK_GLOSSARY_TERM", "glossary link " + linkUri, allowed);
        glossaries.deleteLink(linkUri);
        entryChanged(link);
    }

    @Transactional
    GlossaryLink approve(Principal principal, String linkUri) {
        GlossaryLink link = requireLink(linkUri);
        requireOwner(principal, link.glossaryUri(), "APPROVE_GLOSSARY_LINK");
        glossaries.approve(linkUri, principal.name());
        entryChanged(link);
        return glossaries.findLink(linkUri).orElseThrow();
    }

    /** The glossary's owners turn a link down: it is removed. */
    @Transactional
    void dismiss(Principal principal, String linkUri) {
        GlossaryLink link = requireLink(linkUri);
        requireOwner(principal, link.glossaryUri(), "DISMISS_GLOSSARY_LINK");
        glossaries.deleteLink(linkUri);
    }

    /** A removed asset takes its links along. */
    @EventListener
    void onAssetChanged(DataAssetChanged change) {
        if (change.removed()) {
            glossaries.deleteLinksOfTarget(change.type(), change.uri());
        }
    }

    private List<GlossaryLink> approvedLinksUnder(String nodeUri) {
        return glossaries.linksUnder(nodeUri).stream().filter(GlossaryLink::approved).toList();
    }

    /** The catalog shows approved terms only: a link that was or becomes approved changes the asset's entry. */
    private void entryChanged(GlossaryLink link) {
        events.publishEvent(new CatalogEntryChanged(link.targetType(), link.targetUri()));
    }

    private GlossaryNode requireOwner(Principal principal, String glossaryUri, String action) {
        GlossaryNode glossary = require(glossaryUri);
        authorizer.requireAnyTeam(principal, action, "glossary " + glossaryUri, List.of(glossary.ownerTeam()),
                TenantPermission.MANAGE_GLOSSARIES);
        return glossary;
    }

    private GlossaryNode require(String uri) {
        return glossaries.find(uri).orElseThrow(() -> ApiProblem.notFound("Glossary node", uri));
    }

    private GlossaryLink requireLink(String uri) {
        return glossaries.findLink(uri).orElseThrow(() -> ApiProblem.notFound("Glossary link", uri));
    }

    private DataAsset requireAsset(AssetType type, String uri) {
        return assets.find(type, uri).orElseThrow(() -> ApiProblem.notFound(type.label(), uri));
    }

    private NodeView tree(String glossaryUri) {
        Map<String, String> paths = glossaries.pathsOf(glossaryUri);
        Map<String, List<NodeView>> children = new HashMap<>();
        List<GlossaryNode> nodes = glossaries.nodesOf(glossaryUri);
        // deepest first, so that every node's children are built before the node
        for (GlossaryNode node : nodes.reversed()) {
            NodeView view = view(node, paths.get(node.uri()), children.getOrDefault(node.uri(), List.of()).reversed());
            if (node.parentUri() == null) {
                return view;
            }
            children.computeIfAbsent(node.parentUri(), parent -> new ArrayList<>()).add(view);
        }
        throw ApiProblem.notFound("Glossary", glossaryUri);
    }

    private static NodeView find(NodeView tree, String uri) {
        if (tree.uri().equals(uri)) {
            return tree;
        }
        return tree.children().stream().map(child -> find(child, uri)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static NodeView view(GlossaryNode node, String path, List<NodeView> children) {
        return new NodeView(node.uri(), node.glossaryUri(), node.parentUri(), node.kind(), node.name(), path,
                node.description(), node.ownerTeam(), node.createdBy(), node.createdAt(), node.updatedAt(), children);
    }

    private static String resource(DataAsset asset) {
        return asset.type().label().toLowerCase() + " " + asset.uri();
    }
}
