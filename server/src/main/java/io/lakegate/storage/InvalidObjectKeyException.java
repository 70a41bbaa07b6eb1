package io.lakegate.storage;

/** A key or prefix that is not allowed: empty, absolute, with NUL bytes or {@code ..}, or leading out of the root. */
public class InvalidObjectKeyException extends IllegalArgumentException {

    public InvalidObjectKeyException(String message) {
        super(message);
    }
}
