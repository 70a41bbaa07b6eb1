package io.lakegate.storage;

import java.util.List;

/**
 * What lies under a prefix, in key order: the objects, and, when listed with a delimiter, the common
 * prefixes one level down (each ending with the delimiter), as S3 lists them.
 */
public record ObjectListing(List<ObjectInfo> objects, List<String> commonPrefixes) {

    public ObjectListing {
        objects = List.copyOf(objects);
        commonPrefixes = List.copyOf(commonPrefixes);
    }
}
