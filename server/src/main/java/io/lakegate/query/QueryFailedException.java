package io.lakegate.query;

/**
 * A query or sandbox that the engine could not run: invalid SQL for the tables, unreadable data, the time limit.
 * The message is fit for the user: table locations in it are replaced by table names. The cause, if any, is the
 * engine's own error, for the server log only.
 */
public class QueryFailedException extends RuntimeException {

    public QueryFailedException(String message) {
        super(message);
    }

    public QueryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
