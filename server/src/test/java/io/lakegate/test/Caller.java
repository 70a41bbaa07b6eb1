package io.lakegate.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the Lakegate API over HTTP, with a bearer token or anonymously. */
public final class Caller {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String token;

    Caller(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public String token() {
        return token;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET with extra headers, e.g. {@code Range}. */
    public Response get(String path, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = request(path).GET();
        headers.forEach(request::header);
        return send(request);
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(path, "POST", body);
    }

    public Response put(String path, Object body) {
        return send(path, "PUT", body);
    }

    public Response patch(String path, Object body) {
        return send(path, "PATCH", body);
    }

    /** Sends a body as it is, with the given content type (null for none). */
    public Response send(String path, String method, String body, String contentType) {
        HttpRequest.Builder request = request(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** Sends raw bytes, e.g. an upload, with the given content type. */
    public Response send(String path, String method, byte[] body, String contentType) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType));
    }

    private Response send(String path, String method, Object body) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        return send(path, method, json, body == null ? null : "application/json");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() ? JSON.missingNode() : parse(body);
            return new Response(response.statusCode(), response.headers(), body, json);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        }
        catch (RuntimeException e) {
            return JSON.missingNode();
        }
    }
}
