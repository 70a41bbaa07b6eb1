package io.lakegate.test;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on problem+json answers beyond {@link Response#problem(int)}. */
public final class Problems {

    private Problems() {
    }

    /** Asserts a 400 problem+json answer that names {@code field} as the one at fault; returns its detail. */
    public static String badRequest(Response response, String field) {
        String detail = response.problem(400);
        assertThat(response.text("field")).as("field named by %s", response.body()).isEqualTo(field);
        return detail;
    }
}
