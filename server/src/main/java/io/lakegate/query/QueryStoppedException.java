package io.lakegate.query;

/** A query stopped before it finished: it ran past the time limit, or someone cancelled it. */
public class QueryStoppedException extends QueryFailedException {

    public enum Reason { TIME_LIMIT, CANCELLED }

    private final Reason reason;

    QueryStoppedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
