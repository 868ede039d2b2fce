package gonghui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The member-import API as a client calls it: bearer token, multipart upload, polling until the job ends. */
final class RosterApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;

    private RosterApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static RosterApi signIn(String baseUrl, String username) {
        var anonymous = new RosterApi(baseUrl, null);
        var response = anonymous.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"gonghui-demo\"}")));
        assertThat(response.statusCode()).isEqualTo(200);
        return new RosterApi(
                baseUrl,
                JSON.readTree(new String(response.body(), StandardCharsets.UTF_8))
                        .get("token")
                        .asString());
    }

    record Response(int status, byte[] body, String contentType) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }
    }

    Response upload(String fileName, byte[] content, Long organizationId, String mode) {
        String boundary = "----gonghui" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            if (organizationId != null) {
                body.write(part(boundary, "organizationId", String.valueOf(organizationId)));
            }
            if (mode != null) {
                body.write(part(boundary, "mode", mode));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response(send(request("/api/v1/member-imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    private static byte[] part(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads and waits for the job to end; returns its final state. */
    JsonNode importAndWait(String fileName, byte[] content, Long organizationId, String mode) {
        Response created = upload(fileName, content, organizationId, mode);
        assertThat(created.status()).as(created.text()).isEqualTo(202);
        return waitUntilFinished(created.json().get("id").asLong());
    }

    JsonNode waitUntilFinished(long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = get("/api/v1/member-imports/" + id).json();
            String status = state.get("status").asString();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return state;
            }
            sleep(200);
        }
        throw new AssertionError("Import " + id + " did not finish in time");
    }

    Response get(String path) {
        return response(send(request(path).GET()));
    }

    Response post(String path) {
        return response(send(request(path).POST(HttpRequest.BodyPublishers.noBody())));
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response response(HttpResponse<byte[]> response) {
        return new Response(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    String token() {
        return token;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
