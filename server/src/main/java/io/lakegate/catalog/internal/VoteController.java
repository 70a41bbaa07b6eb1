package io.lakegate.catalog.internal;

import io.lakegate.catalog.internal.VoteService.Votes;
import io.lakegate.dataset.AssetType;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Votes on {@code datasets}, {@code tables} and {@code folders}. */
@Tag(name = "Catalog")
@RestController
@RequestMapping("/api/v1/votes/{collection}/{uri}")
class VoteController {

    private final VoteService votes;

    VoteController(VoteService votes) {
        this.votes = votes;
    }

    @GetMapping
    Votes get(Principal caller, @PathVariable String collection, @PathVariable String uri) {
        return votes.votes(caller, type(collection), uri);
    }

    @PutMapping
    Votes upvote(Principal caller, @PathVariable String collection, @PathVariable String uri) {
        return votes.upvote(caller, type(collection), uri);
    }

    @DeleteMapping
    Votes remove(Principal caller, @PathVariable String collection, @PathVariable String uri) {
        return votes.remove(caller, type(collection), uri);
    }

    private static AssetType type(String collection) {
        return AssetType.ofCollection(collection).orElseThrow(() -> ApiProblem.notFound("Kind of asset", collection));
    }
}
