package io.lakegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.lakegate.dataset.DatasetTestSupport;
import io.lakegate.test.Caller;
import io.lakegate.test.Problems;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Business glossaries (guide 4.3.2): their trees, links of terms to data assets and the owners' approval. */
class GlossariesTest extends DatasetTestSupport {

    private static final String GLOSSARIES = "/api/v1/glossaries";

    @Test
    void teamWithManageGlossariesBuildsATreeOfCategoriesAndTerms() {
        String team = team();
        TestUser owner = user(team);
        String name = unique("DataScience");

        Response created = owner.api().post(GLOSSARIES, Map.of("name", name,
                "description", "Terminology used in data science projects", "ownerTeam", team)).expect(201);
        String glossary = created.text("uri");
        assertThat(created.headers().firstValue("location")).hasValue(GLOSSARIES + "/" + glossary);
        String category = owner.api().post(GLOSSARIES + "/" + glossary + "/categories",
                Map.of("name", "Supervised Learning", "description", "Trained on labelled data")).expect(201).text("uri");
        String subcategory = owner.api().post(GLOSSARIES + "/" + glossary + "/categories",
                Map.of("name", "Models", "parentUri", category)).expect(201).text("uri");
        JsonNode term = owner.api().post(GLOSSARIES + "/" + glossary + "/terms",
                Map.of("name", "Classification", "parentUri", subcategory)).expect(201).json();
        owner.api().post(GLOSSARIES + "/" + glossary + "/terms", Map.of("name", "Revenue")).expect(201);

        assertThat(term.path("path").asString()).isEqualTo(name + "/Supervised Learning/Models/Classification");
        JsonNode tree = user(team()).api().get(GLOSSARIES + "/" + glossary).expect(200).json();
        assertThat(tree.path("kind").asString()).isEqualTo("GLOSSARY");
        assertThat(tree.path("ownerTeam").asString()).isEqualTo(team);
        assertThat(tree.path("children").valueStream().map(child -> child.path("name").asString()))
                .containsExactly("Revenue", "Supervised Learning");
        assertThat(tree.path("children").get(1).path("children").get(0).path("children").get(0).path("name").asString())
                .isEqualTo("Classification");
        assertThat(user(team()).api().get(GLOSSARIES).expect(200).json().valueStream()
                .map(glossaryNode -> glossaryNode.path("name").asString())).contains(name);

        Problems.badRequest(owner.api().post(GLOSSARIES + "/" + glossary + "/terms", Map.of("name", "classification")), "name");
        Problems.badRequest(owner.api().post(GLOSSARIES + "/" + glossary + "/terms",
                Map.of("name", "Other", "parentUri", term.path("uri").asString())), "parentUri");
        Problems.badRequest(owner.api().post(GLOSSARIES, Map.of("name", name.toUpperCase(), "ownerTeam", team)), "name");

        owner.api().patch("/api/v1/glossary-nodes/" + category, Map.of("name", "Supervised")).expect(200);
        assertThat(owner.api().get(GLOSSARIES + "/" + glossary).expect(200).json().path("children").get(1)
                .path("children").get(0).path("children").get(0).path("path").asString())
                .isEqualTo(name + "/Supervised/Models/Classification");
        owner.api().delete("/api/v1/glossary-nodes/" + category).expect(204);
        assertThat(owner.api().get(GLOSSARIES + "/" + glossary).expect(200).json().path("children")).hasSize(1);
        owner.api().delete("/api/v1/glossary-nodes/" + glossary).expect(204);
        owner.api().get(GLOSSARIES + "/" + glossary).problem(404);
    }

    @Test
    void onlyTheOwnerTeamWithManageGlossariesChangesAGlossary() {
        String team = team();
        TestUser owner = user(team);
        TestUser other = user(team());
        String glossary = owner.api().post(GLOSSARIES, Map.of("name", unique("G"), "ownerTeam", team)).expect(201).text("uri");

        assertThat(other.api().post(GLOSSARIES + "/" + glossary + "/terms", Map.of("name", "x")).problem(403))
                .isEqualTo("User: %s is not authorized to perform: CREATE_GLOSSARY_TERM on glossary %s",
                        other.username(), glossary);
        other.api().patch("/api/v1/glossary-nodes/" + glossary, Map.of("name", "y")).problem(403);
        other.api().delete("/api/v1/glossary-nodes/" + glossary).problem(403);
        other.api().post(GLOSSARIES, Map.of("name", unique("G"), "ownerTeam", team)).problem(403);
        anonymous().get(GLOSSARIES).problem(401);

        admin().put("/api/v1/admin/teams/%s/permissions".formatted(team), Map.of("permissions", List.of("MANAGE_DATASETS")))
                .expect(200);
        assertThat(owner.api().post(GLOSSARIES + "/" + glossary + "/terms", Map.of("name", "x")).problem(403))
                .isEqualTo("User: %s is not authorized to perform: MANAGE_GLOSSARIES on lakegate", owner.username());
        owner.api().post(GLOSSARIES, Map.of("name", unique("G"), "ownerTeam", team)).problem(403);
    }

    @Test
    void assetOwnersLinkTermsAndGlossaryOwnersApproveOrDismissThem() {
        String glossaryTeam = team();
        TestUser glossaryOwner = user(glossaryTeam);
        String glossary = glossaryOwner.api().post(GLOSSARIES, Map.of("name", unique("Finance"), "ownerTeam", glossaryTeam))
                .expect(201).text("uri");
        String revenue = glossaryOwner.api().post(GLOSSARIES + "/" + glossary + "/terms", Map.of("name", "Revenue"))
                .expect(201).text("uri");
        String cost = glossaryOwner.api().post(GLOSSARIES + "/" + glossary + "/terms", Map.of("name", "Cost"))
                .expect(201).text("uri");
        TestDataset dataset = dataset();
        Caller datasetOwner = dataset.owner();

        Response linked = datasetOwner.post("/api/v1/glossary-links", Map.of("termUri", revenue, "targetType", "DATASET",
                "targetUri", dataset.uri())).expect(201);
        assertThat(linked.json().path("approved").asBoolean()).isFalse();
        assertThat(linked.json().path("termPath").asString()).endsWith("/Revenue");
        String costLink = datasetOwner.post("/api/v1/glossary-links", Map.of("termUri", cost, "targetType", "DATASET",
                "targetUri", dataset.uri())).expect(201).text("uri");
        Problems.badRequest(datasetOwner.post("/api/v1/glossary-links", Map.of("termUri", revenue, "targetType", "DATASET",
                "targetUri", dataset.uri())), "termUri");
        Problems.badRequest(datasetOwner.post("/api/v1/glossary-links", Map.of("termUri", glossary, "targetType", "DATASET",
                "targetUri", dataset.uri())), "termUri");
        datasetOwner.post("/api/v1/glossary-links", Map.of("termUri", revenue, "targetType", "TABLE",
                "targetUri", "nosuchtb")).problem(404);
        assertThat(glossaryOwner.api().post("/api/v1/glossary-links", Map.of("termUri", revenue, "targetType", "DATASET",
                "targetUri", dataset.uri())).problem(403)).isEqualTo(
                "User: %s is not authorized to perform: LINK_GLOSSARY_TERM on dataset %s",
                glossaryOwner.username(), dataset.uri());

        JsonNode associations = glossaryOwner.api().get(GLOSSARIES + "/" + glossary + "/associations").expect(200).json();
        assertThat(associations).hasSize(2);
        datasetOwner.post("/api/v1/glossary-links/" + linked.text("uri") + "/approve", null).problem(403);
        assertThat(glossaryOwner.api().post("/api/v1/glossary-links/" + linked.text("uri") + "/approve", null)
                .expect(200).json().path("approved").asBoolean()).isTrue();
        datasetOwner.post("/api/v1/glossary-links/" + costLink + "/dismiss", null).problem(403);
        glossaryOwner.api().post("/api/v1/glossary-links/" + costLink + "/dismiss", null).expect(204);

        JsonNode links = user(team()).api().get("/api/v1/glossary-links?targetType=DATASET&targetUri=" + dataset.uri())
                .expect(200).json();
        assertThat(links.valueStream().map(link -> link.path("termName").asString() + ":" + link.path("approved").asBoolean()))
                .containsExactly("Revenue:true");

        user(team()).api().delete("/api/v1/glossary-links/" + linked.text("uri")).problem(403);
        datasetOwner.delete("/api/v1/glossary-links/" + linked.text("uri")).expect(204);
        assertThat(glossaryOwner.api().get(GLOSSARIES + "/" + glossary + "/associations").expect(200).json()).isEmpty();
    }

    @Test
    void deletingADatasetRemovesItsLinks() {
        String team = team();
        TestUser owner = user(team);
        String glossary = owner.api().post(GLOSSARIES, Map.of("name", unique("G"), "ownerTeam", team)).expect(201).text("uri");
        String term = owner.api().post(GLOSSARIES + "/" + glossary + "/terms", Map.of("name", "Sales")).expect(201).text("uri");
        TestDataset dataset = dataset();
        dataset.owner().post("/api/v1/glossary-links", Map.of("termUri", term, "targetType", "DATASET",
                "targetUri", dataset.uri())).expect(201);

        dataset.owner().delete(path(dataset.uri())).expect(204);

        assertThat(owner.api().get(GLOSSARIES + "/" + glossary + "/associations").expect(200).json()).isEmpty();
    }
}
