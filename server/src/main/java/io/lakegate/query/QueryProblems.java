package io.lakegate.query;

import io.lakegate.platform.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers refused and failed queries with 400 and the reason: the caller's SQL is at fault, or the data it asked
 * for. Ordered first, so that the platform's catch-all for unexpected failures does not take them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryProblems {

    @ExceptionHandler({QueryRefusedException.class, QueryFailedException.class})
    ResponseEntity<ProblemDetail> badQuery(RuntimeException e) {
        return ResponseEntity.badRequest()
                .body(ProblemWriter.problemDetail(HttpStatus.BAD_REQUEST, e.getMessage(), null));
    }
}
