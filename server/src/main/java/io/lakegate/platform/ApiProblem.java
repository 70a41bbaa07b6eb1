package io.lakegate.platform;

import org.springframework.http.HttpStatus;

/**
 * A failure that the caller caused or must know about; rendered as RFC 9457 problem+json.
 * {@code field} names the request field at fault, when there is one.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    private ApiProblem(HttpStatus status, String field, String detail) {
        super(detail);
        this.status = status;
        this.field = field;
    }

    public static ApiProblem invalid(String field, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, field, detail);
    }

    public static ApiProblem notFound(String kind, String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, null, "%s '%s' does not exist".formatted(kind, id));
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, null, detail);
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, null, detail);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, null, detail);
    }

    public static ApiProblem unavailable(String detail) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, null, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
