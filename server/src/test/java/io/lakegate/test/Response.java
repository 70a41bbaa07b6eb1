package io.lakegate.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/** An HTTP answer as a user's client sees it. */
public record Response(int status, HttpHeaders headers, String body, JsonNode json) {

    /** Asserts the status, showing the body when it differs, and returns this answer. */
    public Response expect(int expectedStatus) {
        assertThat(status).as("status of a response with body %s", body).isEqualTo(expectedStatus);
        return this;
    }

    public String text(String field) {
        return json.path(field).asString();
    }

    /** Asserts a problem+json answer with that status and returns its detail. */
    public String problem(int expectedStatus) {
        expect(expectedStatus);
        assertThat(headers.firstValue("content-type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json.path("status").asInt()).isEqualTo(expectedStatus);
        return json.path("detail").asString();
    }
}
