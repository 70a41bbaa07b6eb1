package io.lakegate.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad input to link or edit an environment answers 400 problem+json naming the field, and changes nothing. */
class EnvironmentInputTest extends EnvironmentTestSupport {

    private static final String PREFIX_RULE = "must match ^[a-z][a-z0-9]*$: a lowercase letter, then lowercase letters or digits";

    @Test
    void nameMustBePresentAndShort() {
        Organization organization = newOrganization();

        assertInvalid(organization, Map.of("name", ""), "name", "name: must not be blank");
        assertInvalid(organization, Map.of("name", "   "), "name", "name: must not be blank");
        assertInvalid(organization, Map.of("name", "n".repeat(1000)), "name", "name: size must be between 0 and 100");
    }

    @Test
    void resourcePrefixMustBeLowercaseLettersThenDigits() {
        Organization organization = newOrganization();

        assertInvalid(organization, Map.of("resourcePrefix", "Bad-Prefix"), "resourcePrefix", "resourcePrefix: " + PREFIX_RULE);
        assertInvalid(organization, Map.of("resourcePrefix", "1abc"), "resourcePrefix", "resourcePrefix: " + PREFIX_RULE);
        Response empty = link(organization, Map.of("resourcePrefix", ""));
        assertThat(empty.problem(400)).contains("resourcePrefix: must not be blank");
        assertThat(empty.text("field")).isEqualTo("resourcePrefix");
        assertNothingLinked(organization);
    }

    @Test
    void regionMustBeALabel() {
        Organization organization = newOrganization();

        assertInvalid(organization, Map.of("region", "eu/west;drop"), "region",
                "region: must be letters, digits, spaces, '.', '_', '(', ')' or '-'");
    }

    @Test
    void teamMustExist() {
        Organization organization = newOrganization();
        String unknown = "NoSuchTeam" + organization.team();

        assertInvalid(organization, Map.of("team", unknown), "team", "There is no team named '%s'".formatted(unknown));
    }

    @Test
    void organizationMustExist() {
        Organization organization = newOrganization();

        assertInvalid(organization, Map.of("organizationUri", "nosuchor"), "organizationUri",
                "There is no organization 'nosuchor'");
        Response missing = organization.admin().api().post(ENVIRONMENTS, Map.of("name", unique("Env"),
                "resourcePrefix", "env", "team", organization.team()));
        assertThat(missing.problem(400)).isEqualTo("organizationUri: must not be blank");
        assertThat(missing.text("field")).isEqualTo("organizationUri");
    }

    @Test
    void namesAreUniqueInAnOrganizationWithoutRegardToCase() {
        Organization organization = newOrganization();
        Caller creator = organization.admin().api();
        String name = unique("Finance");
        creator.post(ENVIRONMENTS, linkRequest(organization.uri(), organization.team(), Map.of("name", name))).expect(201);

        for (String duplicate : List.of(name, name.toUpperCase(), " " + name.toLowerCase() + " ")) {
            Response refused = creator.post(ENVIRONMENTS, linkRequest(organization.uri(), organization.team(),
                    Map.of("name", duplicate)));
            assertThat(refused.problem(400))
                    .isEqualTo("The organization already has an environment named '%s'", duplicate.strip());
            assertThat(refused.text("field")).isEqualTo("name");
        }
        assertThat(environmentNames(creator, "?organizationUri=" + organization.uri())).containsExactly(name);

        String elsewhere = organization(creator, organization.team()); // another organization may use the name
        creator.post(ENVIRONMENTS, linkRequest(elsewhere, organization.team(), Map.of("name", name))).expect(201);
    }

    @Test
    void bodyMustBeJson() {
        Organization organization = newOrganization();
        Caller creator = organization.admin().api();

        Response malformed = creator.send(ENVIRONMENTS, "POST", "{\"name\": \"x\", ", "application/json");
        assertThat(malformed.problem(400)).startsWith("Malformed JSON");
        assertThat(malformed.text("field")).isEqualTo("body");

        Response text = creator.send(ENVIRONMENTS, "POST", "name=x", "text/plain");
        assertThat(text.problem(400)).startsWith("Content type 'text/plain").endsWith("is not supported; send application/json");
        assertThat(text.text("field")).isEqualTo("Content-Type");

        Response wrongType = creator.post(ENVIRONMENTS, linkRequest(organization.uri(), organization.team(),
                Map.of("features", Map.of("worksheets", "maybe"))));
        assertThat(wrongType.problem(400)).startsWith("Invalid value for 'features.worksheets'");
        assertThat(wrongType.text("field")).isEqualTo("features.worksheets");

        Response unknownField = creator.post(ENVIRONMENTS, linkRequest(organization.uri(), organization.team(),
                Map.of("accountNumber", "111111111111")));
        assertThat(unknownField.problem(400)).startsWith("Unknown field 'accountNumber'");
        assertThat(unknownField.text("field")).isEqualTo("accountNumber");
        assertNothingLinked(organization);
    }

    @Test
    void editsAreValidatedLikeNewEnvironments() {
        Environment environment = newEnvironment();
        Caller owner = environment.owner().api();
        String other = unique("Other");
        owner.post(ENVIRONMENTS, linkRequest(environment.organization().uri(), environment.team(), Map.of("name", other)))
                .expect(201);
        JsonNode before = owner.get(path(environment.uri())).expect(200).json();

        assertEditRefused(environment, Map.of("name", ""), "name", "name: size must be between 1 and 100");
        assertEditRefused(environment, Map.of("name", "  "), "name", "name must not be blank");
        assertEditRefused(environment, Map.of("name", "n".repeat(1000)), "name", "name: size must be between 1 and 100");
        assertEditRefused(environment, Map.of("name", other.toLowerCase()), "name",
                "The organization already has an environment named '%s'".formatted(other.toLowerCase()));
        assertEditRefused(environment, Map.of("resourcePrefix", "Bad-Prefix"), "resourcePrefix", "resourcePrefix: " + PREFIX_RULE);
        assertEditRefused(environment, Map.of("resourcePrefix", "1abc"), "resourcePrefix", "resourcePrefix: " + PREFIX_RULE);
        Response malformed = owner.send(path(environment.uri()), "PATCH", "{", "application/json");
        assertThat(malformed.problem(400)).startsWith("Malformed JSON");
        assertThat(malformed.text("field")).isEqualTo("body");
        Response text = owner.send(path(environment.uri()), "PATCH", "name=x", "text/plain");
        assertThat(text.problem(400)).startsWith("Content type 'text/plain");
        assertThat(text.text("field")).isEqualTo("Content-Type");

        JsonNode after = owner.get(path(environment.uri())).expect(200).json();
        assertThat(after.path("name")).isEqualTo(before.path("name"));
        assertThat(after.path("resourcePrefix")).isEqualTo(before.path("resourcePrefix"));
        assertThat(after.path("updatedAt")).isEqualTo(before.path("updatedAt"));
    }

    /** The request, with {@code changes} to a valid one, is refused naming {@code field}; nothing was linked. */
    private void assertInvalid(Organization organization, Map<String, Object> changes, String field, String detail) {
        Response refused = link(organization, changes);
        assertThat(refused.problem(400)).isEqualTo(detail);
        assertThat(refused.text("field")).isEqualTo(field);
        assertNothingLinked(organization);
    }

    private void assertEditRefused(Environment environment, Map<String, Object> changes, String field, String detail) {
        Response refused = environment.owner().api().patch(path(environment.uri()), changes);
        assertThat(refused.problem(400)).isEqualTo(detail);
        assertThat(refused.text("field")).isEqualTo(field);
    }

    private static Response link(Organization organization, Map<String, Object> changes) {
        return organization.admin().api().post(ENVIRONMENTS, linkRequest(organization.uri(), organization.team(), changes));
    }

    private static void assertNothingLinked(Organization organization) {
        JsonNode listed = organization.admin().api().get(ENVIRONMENTS).expect(200).json();
        assertThat(listed.path("total").asInt()).as("environments of the team after a refused request").isZero();
        assertThat(organization.admin().api().get("/api/v1/organizations/" + organization.uri()).expect(200).json()
                .path("environmentCount").asInt()).isZero();
    }
}
