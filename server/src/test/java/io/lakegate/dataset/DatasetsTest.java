package io.lakegate.dataset;

import static io.lakegate.test.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.lakegate.test.Problems;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Creating, listing, reading, editing and deleting datasets (guide 4.1), as each kind of caller sees it. */
class DatasetsTest extends DatasetTestSupport {

    @Test
    void producerCreatesDatasetWithItsStorageAndSchema() {
        Producer producer = producer();
        String stewards = team();
        String name = unique("Sales Data");

        Response created = producer.api().post(DATASETS, createRequest(producer, Map.of("name", name,
                "stewardsTeam", stewards, "confidentiality", "SECRET", "topics", List.of("Finance", "Sales"),
                "tags", List.of("sales", " prod ", "sales"), "autoApproval", true))).expect(201);

        String uri = created.text("uri");
        assertThat(uri).matches("[a-z0-9]{8}");
        assertThat(created.headers().firstValue("location")).hasValue(path(uri));
        JsonNode dataset = created.json();
        assertThat(dataset.path("name").asString()).isEqualTo(name);
        assertThat(dataset.path("environmentUri").asString()).isEqualTo(producer.environment());
        assertThat(dataset.path("organizationUri").asString()).isEqualTo(producer.organization());
        assertThat(dataset.path("region").asString()).isEqualTo("eu-west-1");
        assertThat(dataset.path("ownerTeam").asString()).isEqualTo(producer.team());
        assertThat(dataset.path("stewardsTeam").asString()).isEqualTo(stewards);
        assertThat(dataset.path("confidentiality").asString()).isEqualTo("SECRET");
        assertThat(strings(dataset.path("topics"))).containsExactly("Finance", "Sales");
        assertThat(strings(dataset.path("tags"))).containsExactly("sales", "prod");
        assertThat(dataset.path("autoApproval").asBoolean()).isTrue();
        assertThat(dataset.path("imported").asBoolean()).isFalse();
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "_");
        assertThat(dataset.path("schemaName").asString()).isEqualTo("env_%s_%s".formatted(slug, uri));
        Path location = Path.of(dataset.path("storageLocation").asString());
        assertThat(location.getFileName().toString()).isEqualTo("env-%s-%s".formatted(slug.replace('_', '-'), uri));
        assertThat(dataset.path("createdBy").asString()).isEqualTo(producer.user().username());
        assertThat(dataset.path("userRole").asString()).isEqualTo("OWNER");
        assertThat(dataset.path("counts").path("tables").asLong()).isZero();

        JsonNode stack = eventually("dataset stack", () -> producer.api().get(path(uri) + "/stack").expect(200).json(),
                node -> node.path("status").asString().equals("CREATE_COMPLETE"));
        assertThat(stack.path("targetType").asString()).isEqualTo("dataset");
        assertThat(Files.isDirectory(location)).isTrue();
        assertThat(producer.api().get(path(uri)).expect(200).text("stackStatus")).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void requiredFieldsAndRulesAreCheckedWithTheFieldNamed() {
        Producer producer = producer();

        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of("topics", List.of()))), "topics");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of("tags", List.of()))), "tags");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of("name", " "))), "name");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of("confidentiality", "TOP"))),
                "confidentiality");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of("environmentUri", "nosuchen"))),
                "environmentUri");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of("stewardsTeam", "NoSuchTeam"))),
                "stewardsTeam");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of("schemaName", "Bad-Name"))),
                "schemaName");
        String name = unique("Twice");
        producer.api().post(DATASETS, createRequest(producer, Map.of("name", name))).expect(201);
        assertThat(Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of("name", name.toUpperCase()))),
                "name")).contains("already has a dataset named");
        assertThat(producer.api().get(DATASETS + "?term=" + name).expect(200).json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void creatingNeedsMembershipOfTheOwnerTeamAndItsCreateDatasetPermission() {
        Producer producer = producer();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        TestUser outsider = user(team());

        assertThat(outsider.api().post(DATASETS, createRequest(producer, Map.of())).problem(403))
                .contains("which they do not belong to");
        // a team invited to the environment without CREATE_DATASET
        producer.api().post("/api/v1/environments/" + producer.environment() + "/teams",
                Map.of("team", guestTeam, "permissions", List.of("CREATE_SHARE"))).expect(201);
        assertThat(guest.api().post(DATASETS, createRequest(producer, Map.of("ownerTeam", guestTeam))).problem(403))
                .isEqualTo("User: %s is not authorized to perform: CREATE_DATASET on environment %s",
                        guest.username(), producer.environment());
        producer.api().put("/api/v1/environments/%s/teams/%s".formatted(producer.environment(), guestTeam),
                Map.of("permissions", List.of("CREATE_DATASET"))).expect(200);
        guest.api().post(DATASETS, createRequest(producer, Map.of("ownerTeam", guestTeam))).expect(201);
    }

    @Test
    void creatingNeedsTheTenantPermissionManageDatasets() {
        Producer producer = producer();
        admin().put("/api/v1/admin/teams/%s/permissions".formatted(producer.team()),
                Map.of("permissions", List.of("MANAGE_ENVIRONMENTS"))).expect(200);

        assertThat(producer.api().post(DATASETS, createRequest(producer, Map.of())).problem(403))
                .isEqualTo("User: %s is not authorized to perform: MANAGE_DATASETS on lakegate", producer.user().username());
    }

    @Test
    void listShowsTheDatasetsOfTheCallersTeamsWithTheirRole() {
        Producer producer = producer();
        String stewards = team();
        TestUser steward = user(stewards);
        TestDataset owned = dataset(producer, Map.of("stewardsTeam", stewards));
        TestDataset other = dataset();

        JsonNode ownerList = producer.api().get(DATASETS).expect(200).json();
        assertThat(uris(ownerList)).contains(owned.uri()).doesNotContain(other.uri());
        JsonNode stewardList = steward.api().get(DATASETS).expect(200).json();
        assertThat(uris(stewardList)).containsExactly(owned.uri());
        assertThat(stewardList.path("items").get(0).path("userRole").asString()).isEqualTo("STEWARD");
        assertThat(user(team()).api().get(DATASETS).expect(200).json().path("total").asInt()).isZero();
    }

    @Test
    void metadataIsForEverySignedInUserStorageOnlyForReaders() {
        TestDataset dataset = dataset();
        TestUser outsider = user(team());

        JsonNode seen = outsider.api().get(path(dataset.uri())).expect(200).json();
        assertThat(seen.path("name").asString()).isEqualTo(dataset.view().path("name").asString());
        assertThat(seen.path("userRole").asString()).isEqualTo("NONE");
        assertThat(seen.path("storageLocation").isNull()).isTrue();
        assertThat(seen.path("stackStatus").isNull()).isTrue();
        assertThat(seen.path("counts").isNull()).isTrue();
        anonymous().get(path(dataset.uri())).problem(401);
        dataset.owner().get(path("nosuchds")).problem(404);
    }

    @Test
    void ownersEditStewardsAndOthersMayNot() {
        Producer producer = producer();
        String stewards = team();
        TestUser steward = user(stewards);
        TestDataset dataset = dataset(producer, Map.of("stewardsTeam", stewards));
        String newStewards = team();

        JsonNode edited = dataset.owner().patch(path(dataset.uri()), Map.of("name", "Renamed " + dataset.uri(),
                "description", "new", "stewardsTeam", newStewards, "confidentiality", "OFFICIAL",
                "topics", List.of("Ops"), "tags", List.of("t1"), "autoApproval", true)).expect(200).json();
        assertThat(edited.path("name").asString()).isEqualTo("Renamed " + dataset.uri());
        assertThat(edited.path("stewardsTeam").asString()).isEqualTo(newStewards);
        assertThat(edited.path("confidentiality").asString()).isEqualTo("OFFICIAL");
        assertThat(edited.path("autoApproval").asBoolean()).isTrue();
        assertThat(strings(edited.path("topics"))).containsExactly("Ops");

        assertThat(steward.api().patch(path(dataset.uri()), Map.of("description", "x")).problem(403))
                .isEqualTo("User: %s is not authorized to perform: UPDATE_DATASET on dataset %s",
                        steward.username(), dataset.uri());
        Problems.badRequest(dataset.owner().patch(path(dataset.uri()), Map.of("topics", List.of())), "topics");
        Problems.badRequest(dataset.owner().patch(path(dataset.uri()), Map.of("ownerTeam", "x")), "ownerTeam");
        assertThat(dataset.owner().patch(path(dataset.uri()), Map.of("stewardsTeam", "")).expect(200)
                .json().path("stewardsTeam").isNull()).isTrue();
    }

    @Test
    void deleteKeepsTheFilesUnlessAskedAndIsForOwnersOnly() throws Exception {
        Producer producer = producer();
        String stewards = team();
        TestUser steward = user(stewards);
        TestDataset kept = dataset(producer, Map.of("stewardsTeam", stewards));
        Path keptLocation = Path.of(kept.view().path("storageLocation").asString());
        upload(kept.owner(), kept.uri(), "raw", "a.csv", "a,b\n1,2\n").expect(201);

        steward.api().delete(path(kept.uri())).problem(403);
        kept.owner().delete(path(kept.uri())).expect(204);
        kept.owner().get(path(kept.uri())).problem(404);
        assertThat(Files.readString(keptLocation.resolve("raw/a.csv"))).isEqualTo("a,b\n1,2\n");

        TestDataset removed = dataset(producer, Map.of());
        Path removedLocation = Path.of(removed.view().path("storageLocation").asString());
        upload(removed.owner(), removed.uri(), "raw", "a.csv", "a,b\n1,2\n").expect(201);
        removed.owner().delete(path(removed.uri()) + "?deleteData=true").expect(204);
        assertThat(Files.exists(removedLocation)).isFalse();
    }

    @Test
    void environmentWithDatasetsCannotBeDeletedNorItsOwnerTeamRemoved() {
        Producer producer = producer();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        producer.api().post("/api/v1/environments/" + producer.environment() + "/teams",
                Map.of("team", guestTeam, "permissions", List.of("CREATE_DATASET"))).expect(201);
        String dataset = guest.api().post(DATASETS, createRequest(producer, Map.of("ownerTeam", guestTeam,
                "name", "Guest data"))).expect(201).text("uri");

        assertThat(producer.api().delete("/api/v1/environments/" + producer.environment()).problem(409))
                .contains("dataset Guest data");
        assertThat(producer.api().delete("/api/v1/environments/%s/teams/%s".formatted(producer.environment(), guestTeam))
                .problem(409)).contains("dataset Guest data");
        guest.api().delete(path(dataset)).expect(204);
        producer.api().delete("/api/v1/environments/" + producer.environment()).expect(204);
    }

    @Test
    void importTakesAnExistingDirectoryInsideTheEnvironmentRootOnly() throws Exception {
        Producer producer = producer();
        JsonNode environment = producer.api().get("/api/v1/environments/" + producer.environment()).expect(200).json();
        Path root = Path.of(environment.path("storageRoot").asString());
        Path existing = Files.createDirectories(root.resolve("legacy/sales"));
        Files.writeString(existing.resolve("x.csv"), "a\n1\n");

        JsonNode imported = producer.api().post(DATASETS, createRequest(producer, Map.of(
                "storageLocation", existing.toString(), "schemaName", "legacy_sales"))).expect(201).json();
        assertThat(imported.path("imported").asBoolean()).isTrue();
        assertThat(imported.path("schemaName").asString()).isEqualTo("legacy_sales");
        assertThat(Path.of(imported.path("storageLocation").asString())).isEqualTo(existing.toRealPath());

        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of(
                "storageLocation", existing.toString()))), "storageLocation");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of(
                "storageLocation", existing.getParent().toString()))), "storageLocation");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of(
                "storageLocation", "/etc"))), "storageLocation");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of(
                "storageLocation", root.resolve("legacy/../../../..").toString()))), "storageLocation");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of(
                "storageLocation", "relative/path"))), "storageLocation");
        Path link = root.resolve("escape");
        Files.createSymbolicLink(link, Path.of("/etc"));
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of(
                "storageLocation", link.toString()))), "storageLocation");
        Problems.badRequest(producer.api().post(DATASETS, createRequest(producer, Map.of(
                "storageLocation", existing.toString(), "schemaName", "legacy_sales", "name", unique("x")))), "storageLocation");

        assertThat(Problems.badRequest(producer.api().delete(path(imported.path("uri").asString()) + "?deleteData=true"),
                "deleteData")).contains("never deletes the data of an imported dataset");
        assertThat(Files.exists(existing.resolve("x.csv"))).isTrue();
    }

    @Test
    void keyValueTagsAreForOwnersToWriteAndManagersToRead() {
        Producer producer = producer();
        String stewards = team();
        TestUser steward = user(stewards);
        TestDataset dataset = dataset(producer, Map.of("stewardsTeam", stewards));

        assertThat(dataset.owner().put(path(dataset.uri()) + "/kv-tags", Map.of("tags", Map.of("cost-center", "42")))
                .expect(200).json().path("cost-center").asString()).isEqualTo("42");
        assertThat(steward.api().get(path(dataset.uri()) + "/kv-tags").expect(200).json().path("cost-center").asString())
                .isEqualTo("42");
        steward.api().put(path(dataset.uri()) + "/kv-tags", Map.of("tags", Map.of())).problem(403);
        user(team()).api().get(path(dataset.uri()) + "/kv-tags").problem(403);
    }

    @Test
    void stackIsForManagersAndItsUpdateForOwners() {
        Producer producer = producer();
        String stewards = team();
        TestUser steward = user(stewards);
        TestDataset dataset = dataset(producer, Map.of("stewardsTeam", stewards));
        eventually("stack", () -> steward.api().get(path(dataset.uri()) + "/stack").expect(200).json(),
                node -> node.path("status").asString().equals("CREATE_COMPLETE"));

        steward.api().post(path(dataset.uri()) + "/stack/update", null).problem(403);
        user(team()).api().get(path(dataset.uri()) + "/stack").problem(403);
        dataset.owner().post(path(dataset.uri()) + "/stack/update", null).expect(202);
        eventually("stack update", () -> dataset.owner().get(path(dataset.uri()) + "/stack").expect(200).json(),
                node -> node.path("status").asString().equals("UPDATE_COMPLETE"));
    }

    private static List<String> uris(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(item -> item.path("uri").asString()).toList();
    }

    static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
