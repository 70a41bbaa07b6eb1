package io.lakegate.identity.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.lakegate.platform.LakegateProperties;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Access tokens for local accounts: HS256 JWTs signed with a secret from {@code lakegate.auth.token-secret},
 * or else one generated once and kept in the data directory, so that tokens survive restarts.
 */
@Component
public class LocalTokens {

    public static final String ISSUER = "lakegate";

    private final NimbusJwtEncoder encoder;
    private final JwtDecoder decoder;
    private final long ttlSeconds;

    LocalTokens(LakegateProperties properties) {
        SecretKey key = new SecretKeySpec(secret(properties), "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        this.ttlSeconds = properties.auth().tokenTtl().toSeconds();
    }

    public IssuedToken issue(String username) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(username)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(ttlSeconds))
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, ttlSeconds);
    }

    JwtDecoder decoder() {
        return decoder;
    }

    public record IssuedToken(String value, long expiresInSeconds) {
    }

    private static byte[] secret(LakegateProperties properties) {
        String configured = properties.auth().tokenSecret();
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException("lakegate.auth.token-secret must be at least 32 bytes long");
            }
            return bytes;
        }
        Path file = properties.dataDir().resolve("token-secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] generated = new byte[32];
                new SecureRandom().nextBytes(generated);
                Path temporary = Files.createTempFile(file.getParent(), "token-secret", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temporary, HexFormat.of().formatHex(generated));
                Files.move(temporary, file);
            }
            return HexFormat.of().parseHex(Files.readString(file).strip());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the token secret " + file, e);
        }
    }
}
