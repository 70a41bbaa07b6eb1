package io.lakegate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.lakegate.test.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** While the OIDC provider cannot be reached, its tokens are answered 503, not 401 or 500; local accounts work. */
class UnreachableOidcProviderTest extends ApiTest {

    private static final String ISSUER = "http://127.0.0.1:" + closedPort() + "/issuer";

    @DynamicPropertySource
    static void unreachableProvider(DynamicPropertyRegistry registry) {
        registry.add("lakegate.auth.oidc.issuer-uri", () -> ISSUER);
    }

    @Test
    void tokensOfAnUnreachableProviderAreAnsweredUnavailable() throws Exception {
        String token = providerToken();

        assertThat(withToken(token).get("/api/v1/me").problem(503))
                .isEqualTo("The bearer token could not be checked: the identity provider did not answer; try again");
        assertThat(admin().get("/api/v1/me").expect(200).text("username")).isEqualTo("admin");
    }

    private static String providerToken() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("someone")
                .claim("groups", List.of("SomeTeam"))
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build());
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
