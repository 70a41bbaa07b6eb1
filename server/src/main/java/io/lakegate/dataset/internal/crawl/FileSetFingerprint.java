package io.lakegate.dataset.internal.crawl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** A digest of a file set's paths, sizes and modification times: equal digests mean unchanged files. */
final class FileSetFingerprint {

    private FileSetFingerprint() {
    }

    static String of(List<DataFile> files) {
        MessageDigest digest = sha256();
        files.stream().sorted(Comparator.comparing(DataFile::relativePath)).forEach(file -> digest.update(
                "%s\0%d\0%d\n".formatted(file.relativePath(), file.size(), file.modifiedMillis()).getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
