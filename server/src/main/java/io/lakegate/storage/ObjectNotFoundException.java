package io.lakegate.storage;

/** The object does not exist. */
public class ObjectNotFoundException extends RuntimeException {

    public ObjectNotFoundException(String key) {
        super("No object at '%s'".formatted(key));
    }
}
