package io.lakegate.platform;

/** Which page of a listing the caller asked for; {@code page} counts from 1. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 1) {
            throw ApiProblem.invalid("page", "page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.invalid("size", "size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? 20 : size);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public <T> Page<T> page(java.util.List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
