package io.lakegate.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad input to create or edit an organization answers 400 problem+json naming the field, and changes nothing. */
class OrganizationInputTest extends ApiTest {

    private static final String ORGANIZATIONS = "/api/v1/organizations";

    @Test
    void nameMustBePresentAndShort() {
        Creator creator = newCreator();

        assertRefused(creator, Map.of("name", ""), "name", "name: must not be blank");
        assertRefused(creator, Map.of("name", "   "), "name", "name: must not be blank");
        assertRefused(creator, Map.of("name", "n".repeat(1000)), "name", "name: size must be between 0 and 100");
        Map<String, Object> withoutName = new HashMap<>(request(creator, Map.of()));
        withoutName.remove("name");
        assertThat(refused(creator.api().post(ORGANIZATIONS, withoutName), "name")).isEqualTo("name: must not be blank");
        assertNothingCreated(creator);
    }

    @Test
    void teamMustExist() {
        Creator creator = newCreator();
        String unknown = "NoSuchTeam" + creator.team();

        assertRefused(creator, Map.of("team", unknown), "team", "There is no team named '%s'".formatted(unknown));
        assertRefused(creator, Map.of("team", ""), "team", "team: must not be blank");
    }

    @Test
    void tagsAndDescriptionHaveLimits() {
        Creator creator = newCreator();

        assertRefused(creator, Map.of("tags", List.of("ok", " ")), "tags[1]", "tags[1]: must not be blank");
        assertRefused(creator, Map.of("description", "d".repeat(2001)), "description",
                "description: size must be between 0 and 2000");
    }

    @Test
    void namesAreUniqueWithoutRegardToCase() {
        Creator creator = newCreator();
        String name = unique("Acme");
        creator.api().post(ORGANIZATIONS, request(creator, Map.of("name", name))).expect(201);

        for (String duplicate : List.of(name, name.toUpperCase(), "  " + name.toLowerCase())) {
            Response answer = creator.api().post(ORGANIZATIONS, request(creator, Map.of("name", duplicate)));
            assertThat(refused(answer, "name")).isEqualTo("An organization named '%s' already exists", duplicate.strip());
        }
        Creator someoneElse = newCreator();
        Response otherTeam = someoneElse.api().post(ORGANIZATIONS, request(someoneElse, Map.of("name", name.toLowerCase())));
        assertThat(refused(otherTeam, "name")).as("names are unique across all teams")
                .isEqualTo("An organization named '%s' already exists", name.toLowerCase());

        assertThat(names(creator.api())).containsExactly(name);
        assertThat(names(someoneElse.api())).isEmpty();
    }

    @Test
    void bodyMustBeJson() {
        Creator creator = newCreator();

        Response malformed = creator.api().send(ORGANIZATIONS, "POST", "{\"name\": ", "application/json");
        assertThat(refused(malformed, "body")).startsWith("Malformed JSON");
        Response notAnObject = creator.api().send(ORGANIZATIONS, "POST", "[1, 2]", "application/json");
        assertThat(refused(notAnObject, "body")).isNotBlank();
        Response empty = creator.api().send(ORGANIZATIONS, "POST", "", "application/json");
        assertThat(refused(empty, "body")).isEqualTo("The request body is missing or not readable JSON");
        Response text = creator.api().send(ORGANIZATIONS, "POST", "name=Acme", "text/plain");
        assertThat(refused(text, "Content-Type")).startsWith("Content type 'text/plain")
                .endsWith("is not supported; send application/json");
        Response wrongType = creator.api().post(ORGANIZATIONS, request(creator, Map.of("tags", "fin,rnd")));
        assertThat(refused(wrongType, "tags")).startsWith("Invalid value for 'tags'");
        Response unknownField = creator.api().post(ORGANIZATIONS, request(creator, Map.of("owner", "me")));
        assertThat(refused(unknownField, "owner")).startsWith("Unknown field 'owner'");
        assertNothingCreated(creator);
    }

    @Test
    void editsAreValidatedLikeNewOrganizations() {
        Creator creator = newCreator();
        String uri = organization(creator.api(), creator.team());
        String other = unique("Other");
        creator.api().post(ORGANIZATIONS, request(creator, Map.of("name", other))).expect(201);
        JsonNode before = creator.api().get(ORGANIZATIONS + "/" + uri).expect(200).json();

        assertEditRefused(creator, uri, Map.of("name", ""), "name", "name: size must be between 1 and 100");
        assertEditRefused(creator, uri, Map.of("name", "   "), "name", "name must not be blank");
        assertEditRefused(creator, uri, Map.of("name", "n".repeat(1000)), "name", "name: size must be between 1 and 100");
        assertEditRefused(creator, uri, Map.of("name", other.toUpperCase()), "name",
                "An organization named '%s' already exists".formatted(other.toUpperCase()));
        assertThat(refused(creator.api().send(ORGANIZATIONS + "/" + uri, "PATCH", "{", "application/json"), "body"))
                .startsWith("Malformed JSON");
        assertThat(refused(creator.api().send(ORGANIZATIONS + "/" + uri, "PATCH", "name=x", "text/plain"), "Content-Type"))
                .startsWith("Content type 'text/plain");

        JsonNode after = creator.api().get(ORGANIZATIONS + "/" + uri).expect(200).json();
        assertThat(after.path("name")).isEqualTo(before.path("name"));
        assertThat(after.path("updatedAt")).isEqualTo(before.path("updatedAt"));
    }

    private record Creator(String team, TestUser user) {

        Caller api() {
            return user.api();
        }
    }

    private Creator newCreator() {
        String team = team();
        return new Creator(team, user(team));
    }

    private static Map<String, Object> request(Creator creator, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("name", unique("Org"), "description", "for tests",
                "team", creator.team(), "tags", List.of("test")));
        body.putAll(changes);
        return body;
    }

    private static void assertRefused(Creator creator, Map<String, Object> changes, String field, String detail) {
        assertThat(refused(creator.api().post(ORGANIZATIONS, request(creator, changes)), field)).isEqualTo(detail);
        assertNothingCreated(creator);
    }

    private static void assertEditRefused(Creator creator, String uri, Map<String, Object> changes, String field,
            String detail) {
        assertThat(refused(creator.api().patch(ORGANIZATIONS + "/" + uri, changes), field)).isEqualTo(detail);
    }

    /** Asserts a 400 problem+json answer naming {@code field}; returns its detail. */
    private static String refused(Response response, String field) {
        String detail = response.problem(400);
        assertThat(response.text("field")).as("field named by %s", response.body()).isEqualTo(field);
        return detail;
    }

    private static void assertNothingCreated(Creator creator) {
        assertThat(names(creator.api())).as("organizations of the team after a refused request").isEmpty();
    }

    private static List<String> names(Caller caller) {
        return caller.get(ORGANIZATIONS).expect(200).json().path("items").valueStream()
                .map(item -> item.path("name").asString()).toList();
    }
}
