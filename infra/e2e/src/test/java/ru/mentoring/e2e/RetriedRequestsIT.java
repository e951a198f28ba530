package ru.mentoring.e2e;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that retries after a timeout, through the gateway with a real token: the same upload
 * sent again with its {@code Idempotency-Key} is answered with the first answer and stores nothing
 * twice; the key reused for another file is refused. (A document upload has no natural key: without
 * the header, every upload is a document of its own.)
 */
class RetriedRequestsIT {

    static final String SCHOOL = "/api/registry/schools/mil-sosh-8/documents";
    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void aDocumentUploadRetriedWithItsKeyIsStoredOnceAndTheKeyCannotCarryAnotherFile() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Повтор " + key + ".pdf";
        byte[] pdf = DocumentsIT.pdf();

        PlatformClient.Response first = upload(key, name, pdf);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotency-Replayed")).isNull();
        String id = first.json().get("id").asString();
        try {
            PlatformClient.Response retried = upload(key, name, pdf);
            assertThat(retried.status()).as(retried.body()).isEqualTo(201);
            assertThat(retried.header("Idempotency-Replayed")).isEqualTo("true");
            assertThat(retried.body()).isEqualTo(first.body());

            PlatformClient.Response another = upload(key, name, DocumentsIT.docx());
            assertThat(another.status()).as(another.body()).isEqualTo(422);
            assertThat(another.header("Content-Type")).startsWith("application/problem+json");
            assertThat(another.json().get("detail").asString()).contains("уже использован для другого запроса");

            // the same key is another caller's own: the other school's administrator is not answered with this one
            PlatformClient.Response foreign = client.send(client.fileRequest("admin-mil-sosh-4",
                    "/api/registry/schools/mil-sosh-8/documents?kind=OTHER", "file", name, "application/pdf", pdf)
                    .header("Idempotency-Key", key));
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.body()).doesNotContain(id);

            JsonNode list = client.get("admin-mil-sosh-8", SCHOOL).json();
            long stored = 0;
            for (JsonNode document : list) {
                if (name.equals(document.get("fileName").asString())) {
                    stored++;
                }
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            assertThat(client.send(client.request("admin-mil-sosh-8", "/api/registry/documents/" + id).DELETE()).status())
                    .isEqualTo(204);
        }
    }

    private static PlatformClient.Response upload(String key, String name, byte[] content) {
        return client.send(client.fileRequest("admin-mil-sosh-8", SCHOOL + "?kind=OTHER", "file", name, "application/pdf", content)
                .header("Idempotency-Key", key));
    }
}
