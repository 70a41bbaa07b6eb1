package io.lakegate.query;

/** A query that a sandbox does not run: not a single read-only statement, or reading what it may not. */
public class QueryRefusedException extends RuntimeException {

    public QueryRefusedException(String message) {
        super(message);
    }
}
