package io.lakegate.platform.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Renders every failure as {@code application/problem+json}. Bad input answers 400 naming the field;
 * unexpected failures answer 500 with a reference to the server log, never a stack trace.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem problem) {
        return problem(problem.status(), problem.getMessage(), problem.field(), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST,
                "'%s' is not a valid value for %s".formatted(e.getValue(), e.getName()), e.getName(), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; the server log has it under reference " + reference, null, null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messageOf(error)))
                .toList();
        String detail = errors.stream()
                .map(error -> error.get("field") + ": " + error.get("message"))
                .sorted()
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request is not valid");
        String field = errors.isEmpty() ? null : errors.stream().map(error -> error.get("field")).sorted().findFirst().get();
        return problem(HttpStatus.BAD_REQUEST, detail, field, errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", result.getMethodParameter().getParameterName(),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        String detail = errors.stream().map(error -> error.get("field") + ": " + error.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid");
        return problem(HttpStatus.BAD_REQUEST, detail, errors.isEmpty() ? null : errors.getFirst().get("field"), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return problem(HttpStatus.BAD_REQUEST, "Unknown field '%s'; accepted fields: %s".formatted(
                    unknown.getPropertyName(), unknown.getKnownPropertyIds()), unknown.getPropertyName(), null);
        }
        if (e.getCause() instanceof JacksonException jackson) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse(null);
            String detail = field == null
                    ? "Malformed JSON: " + withoutClassNames(jackson.getOriginalMessage())
                    : "Invalid value for '%s': %s".formatted(field, withoutClassNames(jackson.getOriginalMessage()));
            return problem(HttpStatus.BAD_REQUEST, detail, field == null ? "body" : field, null);
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is missing or not readable JSON", "body", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String given = e.getContentType() == null ? "none" : e.getContentType().toString();
        return problem(HttpStatus.BAD_REQUEST,
                "Content type '%s' is not supported; send application/json".formatted(given), "Content-Type", null);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Parameter '%s' is required".formatted(e.getParameterName()),
                e.getParameterName(), null);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = body instanceof ProblemDetail problemDetail && problemDetail.getDetail() != null
                ? problemDetail.getDetail() : HttpStatus.valueOf(status.value()).getReasonPhrase();
        return problem(status, detail, null, null);
    }

    static ResponseEntity<Object> problem(HttpStatusCode status, String detail, String field,
            List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemWriter.problemDetail(status, detail, field);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }

    /** Jackson names Java types in its messages; users need only the simple name. */
    private static String withoutClassNames(String message) {
        return message.replaceAll("(?:[a-z_][a-z0-9_]*\\.)+(?:[A-Z][\\w]*\\$)*([A-Z][\\w]*)", "$1");
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage();
    }
}
