package gonghui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.support.FileClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The member-import API as a client calls it: bearer token, multipart upload, polling until the job ends. */
final class RosterApi {

    private final FileClient client;

    private RosterApi(FileClient client) {
        this.client = client;
    }

    static RosterApi signIn(String baseUrl, String username) {
        return new RosterApi(FileClient.signIn(baseUrl, username, "gonghui-demo"));
    }

    record Response(int status, byte[] body, String contentType) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JsonMapper.builder().build().readTree(text());
        }
    }

    Response upload(String fileName, byte[] content, Long organizationId, String mode) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (organizationId != null) {
            fields.put("organizationId", String.valueOf(organizationId));
        }
        if (mode != null) {
            fields.put("mode", mode);
        }
        return response(client.upload("/api/v1/member-imports", fields, fileName, content));
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
        return response(client.get(path));
    }

    Response post(String path) {
        return response(client.post(path));
    }

    private static Response response(FileClient.Reply reply) {
        return new Response(reply.status(), reply.body(), reply.contentType());
    }

    String token() {
        return client.token();
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
