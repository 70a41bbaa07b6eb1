package io.lakegate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;

/** The web UI is served from the ui jar: index.html for every client route, hashed assets cached for good. */
class WebUiTest extends ApiTest {

    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

    @Test
    void rootServesTheUiRevalidatedOnEveryLoad() {
        Response index = anonymous().get("/").expect(200);

        assertThat(index.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(index.body()).contains("<div id=\"root\"></div>");
        assertThat(index.headers().firstValue("cache-control")).hasValue("no-cache");
    }

    @Test
    void pagesMayLoadAndReachLakegateOnly() {
        assertThat(anonymous().get("/").expect(200).headers().firstValue("content-security-policy")).hasValue(
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                        + "form-action 'self'; frame-ancestors 'none'");
    }

    @Test
    void deepLinkServesTheUi() {
        Response page = anonymous().get("/datasets/abc/tables").expect(200);

        assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).isEqualTo(anonymous().get("/").body());
        assertThat(page.headers().firstValue("cache-control")).hasValue("no-cache");
    }

    @Test
    void hashedAssetsAreCachedForGood() {
        Matcher script = SCRIPT.matcher(anonymous().get("/").body());
        assertThat(script.find()).as("index.html names its script").isTrue();

        Response asset = anonymous().get(script.group(1)).expect(200);

        assertThat(asset.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(asset.headers().firstValue("cache-control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("max-age=31536000", "public", "immutable"));
    }

    @Test
    void scriptsAndApiAnswersTravelCompressed() {
        Matcher script = SCRIPT.matcher(anonymous().get("/").body());
        assertThat(script.find()).isTrue();
        Map<String, String> gzip = Map.of("Accept-Encoding", "gzip");

        assertThat(anonymous().get(script.group(1), gzip).expect(200).headers().firstValue("content-encoding"))
                .hasValue("gzip");
        assertThat(anonymous().get("/v3/api-docs", gzip).expect(200).headers().firstValue("content-encoding"))
                .as("JSON of more than 2 KB").hasValue("gzip");
    }

    @Test
    void missingFileIsNotFoundRatherThanTheUi() {
        anonymous().get("/assets/missing-1234.js").problem(404);
        anonymous().get("/robots.txt").problem(404);
    }

    @Test
    void unknownApiPathStaysAProblem() {
        Response unknown = admin().get("/api/unknown");

        unknown.problem(404);
        assertThat(unknown.body()).doesNotContain("<html");
    }

    @Test
    void apiStillNeedsSigningIn() {
        assertThat(anonymous().get("/api/v1/me").problem(401)).isEqualTo("Sign in first: send Authorization: Bearer <token>");
    }
}
