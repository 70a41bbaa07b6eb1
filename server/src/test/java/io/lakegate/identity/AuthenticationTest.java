package io.lakegate.identity;

import static io.lakegate.test.Problems.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.lakegate.test.ApiTest;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signing in with a local account, and how the API answers calls without a valid bearer token. */
class AuthenticationTest extends ApiTest {

    private static final String TOKEN = "/api/v1/auth/token";
    private static final String INVALID_CREDENTIALS = "Invalid username or password";
    private static final String NOT_SIGNED_IN = "Sign in first: send Authorization: Bearer <token>";
    private static final String INVALID_TOKEN = "The bearer token is not valid or has expired";

    @Test
    void signInPageIsToldLocalAccountsOnlyWithoutAProvider() {
        Response config = anonymous().get("/api/v1/auth/config").expect(200);

        assertThat(config.body()).isEqualTo("{\"local\":true,\"oidc\":null}");
    }

    @Test
    void goodCredentialsGiveABearerTokenForTheUser() {
        TestUser user = user(team());

        Response answer = anonymous().post(TOKEN, Map.of("username", user.username(), "password", PASSWORD)).expect(200);

        assertThat(answer.text("token_type")).isEqualTo("Bearer");
        assertThat(answer.json().path("expires_in").asLong()).isEqualTo(Duration.ofHours(8).toSeconds());
        assertThat(answer.text("access_token")).isNotBlank();
        assertThat(withToken(answer.text("access_token")).get("/api/v1/me").expect(200).text("username"))
                .isEqualTo(user.username());
    }

    @Test
    void wrongPasswordIsRefused() {
        TestUser user = user(team());

        assertThat(signInFails(user.username(), "not-the-password")).isEqualTo(INVALID_CREDENTIALS);
    }

    @Test
    void unknownUserIsRefusedLikeAWrongPassword() {
        assertThat(signInFails(unique("nobody"), PASSWORD)).isEqualTo(INVALID_CREDENTIALS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"password": "password-for-tests"}  | username
            {"username": "", "password": "pw"}  | username
            {"username": "someone"}             | password
            {"username": "someone", "password": " "} | password
            """)
    void missingCredentialIsABadRequestNamingIt(String body, String field) {
        Response answer = anonymous().send(TOKEN, "POST", body, "application/json");

        assertThat(badRequest(answer, field)).startsWith(field + ": must not be blank");
    }

    @Test
    void callWithoutTokenIsUnauthorized() {
        for (Response answer : new Response[] {anonymous().get("/api/v1/me"), anonymous().get("/api/v1/admin/users"),
                anonymous().post("/api/v1/organizations", Map.of("name", "x", "team", "y"))}) {
            assertThat(answer.problem(401)).isEqualTo(NOT_SIGNED_IN);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        }
    }

    @Test
    void garbageTokenIsUnauthorized() {
        assertThat(withToken("not-a-token").get("/api/v1/me").problem(401)).isEqualTo(INVALID_TOKEN);
        assertThat(withToken("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl").get("/api/v1/me").problem(401)).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void tokenOfADeletedUserIsUnauthorized() {
        TestUser user = user(team());
        user.api().get("/api/v1/me").expect(200);

        admin().delete("/api/v1/admin/users/" + user.username()).expect(204);

        assertThat(user.api().get("/api/v1/me").problem(401)).isEqualTo(INVALID_TOKEN);
        assertThat(signInFails(user.username(), PASSWORD)).isEqualTo(INVALID_CREDENTIALS);
    }

    @Test
    void expiredTokenIsUnauthorized() throws Exception {
        TestUser user = user(team());
        Instant issued = Instant.now().minus(Duration.ofHours(9));
        String expired = signed(serverSecret(), user.username(), issued, issued.plus(Duration.ofHours(8)));

        assertThat(withToken(expired).get("/api/v1/me").problem(401)).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void tokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        byte[] otherSecret = new byte[32];
        new SecureRandom().nextBytes(otherSecret);
        String forged = signed(otherSecret, "admin", Instant.now(), Instant.now().plus(Duration.ofHours(1)));

        assertThat(withToken(forged).get("/api/v1/admin/users").problem(401)).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void unsignedTokenIsUnauthorized() {
        String unsigned = new PlainJWT(claims("admin", Instant.now(), Instant.now().plus(Duration.ofHours(1)))).serialize();

        assertThat(withToken(unsigned).get("/api/v1/admin/users").problem(401)).isEqualTo(INVALID_TOKEN);
    }

    /** The control for the forged tokens above: they fail for their flaw, not for how the test makes tokens. */
    @Test
    void tokenSignedWithTheServerSecretIsAccepted() throws Exception {
        TestUser user = user(team());
        String valid = signed(serverSecret(), user.username(), Instant.now(), Instant.now().plus(Duration.ofHours(1)));

        assertThat(withToken(valid).get("/api/v1/me").expect(200).text("username")).isEqualTo(user.username());
    }

    private String signInFails(String username, String password) {
        return anonymous().post(TOKEN, Map.of("username", username, "password", password)).problem(401);
    }

    /** The server keeps its token secret in the data directory when none is configured. */
    private byte[] serverSecret() throws Exception {
        return HexFormat.of().parseHex(Files.readString(dataDir().resolve("token-secret")).strip());
    }

    private static String signed(byte[] secret, String subject, Instant issuedAt, Instant expiresAt) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(subject, issuedAt, expiresAt));
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(String subject, Instant issuedAt, Instant expiresAt) {
        return new JWTClaimsSet.Builder().issuer("lakegate").subject(subject).issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt)).build();
    }
}
