package ru.mentoring.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A school's documents through the gateway with real tokens: a school administrator uploads a real PDF and DOCX,
 * lists them and downloads the same bytes under the Cyrillic name; another school's administrator finds nothing; a
 * file over 10 MB and a renamed executable are refused as problems; the coordinator's table names the schools lacking
 * documents; an additional agreement is the pair's. The shared platform's registry keeps the bytes in an S3 bucket
 * ({@link E2EPlatform}): they are there under the document's id, and not in PostgreSQL.
 */
class DocumentsIT {

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void aSchoolAdministratorUploadsListsAndDownloadsTheSameBytesAndAnotherSchoolFindsNothing() throws Exception {
        byte[] pdf = pdf();
        String name = "Дорожная карта наставничества.pdf";
        PlatformClient.Response up = client.postFile("admin-mil-sosh-8", "/api/registry/schools/mil-sosh-8/documents?kind=ROADMAP",
                "file", name, "application/octet-stream", pdf);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        String id = up.json().get("id").asString();
        assertThat(up.json().get("fileName").asString()).isEqualTo(name);
        assertThat(up.json().get("contentType").asString()).isEqualTo("application/pdf");

        JsonNode list = client.get("admin-mil-sosh-8", "/api/registry/schools/mil-sosh-8/documents").json();
        assertThat(list.toString()).contains(id).contains("План мероприятий (дорожная карта)").doesNotContain("\"content\"");

        // the bytes are in the bucket under the document's id, the database has the description only
        String key = E2EPlatform.BUCKET_KEY_PREFIX + id;
        assertThat(E2EPlatform.bucket().getObjectAsBytes(b -> b.bucket(E2EPlatform.BUCKET).key(key)).asByteArray()).isEqualTo(pdf);
        assertThat(rowsOfContent(id)).as("bytes in PostgreSQL").isZero();

        PlatformClient.Response download = client.get("admin-mil-sosh-8", "/api/registry/documents/" + id + "/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.raw().body()).isEqualTo(pdf);
        assertThat(download.header("Content-Disposition"))
                .contains("filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));

        // another school's administrator: not found, whichever way they ask, and the document stays
        assertThat(client.get("admin-mil-sosh-4", "/api/registry/schools/mil-sosh-8/documents").status()).isEqualTo(404);
        PlatformClient.Response foreign = client.get("admin-mil-sosh-4", "/api/registry/documents/" + id + "/content");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain(name).doesNotContain("mil-sosh-8");
        assertThat(delete("admin-mil-sosh-4", id).status()).isEqualTo(404);
        assertThat(client.get("coordinator-other", "/api/registry/documents/" + id + "/content").status()).isEqualTo(404);
        assertThat(client.get("department", "/api/registry/schools/mil-sosh-8/documents").status()).isEqualTo(403);

        assertThat(delete("admin-mil-sosh-8", id).status()).isEqualTo(204);
        assertThat(client.get("admin-mil-sosh-8", "/api/registry/documents/" + id + "/content").status()).isEqualTo(404);
        assertThatThrownBy(() -> E2EPlatform.bucket().headObject(b -> b.bucket(E2EPlatform.BUCKET).key(key)))
                .as("deleted from the bucket too").isInstanceOf(NoSuchKeyException.class);
    }

    /** The registry's own table of bytes (the database store's), read as PostgreSQL's owner. */
    private static int rowsOfContent(String documentId) throws SQLException {
        try (Connection c = DriverManager.getConnection(E2EPlatform.get().jdbcUrl(), "postgres", E2EPlatform.get().databasePassword());
                PreparedStatement s = c.prepareStatement("select count(*) from registry.school_document_content where document_id = ?::uuid")) {
            s.setString(1, documentId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void aWordDocumentIsToldByItsContentAndARenamedExecutableIsRefused() throws Exception {
        PlatformClient.Response docx = client.postFile("admin-mil-sosh-8", "/api/registry/schools/mil-sosh-8/documents?kind=OTHER",
                "file", "положение", "application/octet-stream", docx());
        assertThat(docx.status()).as(docx.body()).isEqualTo(201);
        assertThat(docx.json().get("fileName").asString()).isEqualTo("положение.docx");
        assertThat(delete("admin-mil-sosh-8", docx.json().get("id").asString()).status()).isEqualTo(204);

        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        PlatformClient.Response r = client.postFile("admin-mil-sosh-8", "/api/registry/schools/mil-sosh-8/documents?kind=ORDER",
                "file", "приказ.pdf", "application/pdf", exe);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(r.json().get("errors").get(0).get("reason").asString()).contains("PDF, DOCX, XLSX");
    }

    @Test
    void aFileOverTenMegabytesIsA413Problem() throws Exception {
        byte[] big = Arrays.copyOf(pdf(), 10 * 1024 * 1024 + 512 * 1024);
        PlatformClient.Response r = client.postFile("admin-mil-sosh-8", "/api/registry/schools/mil-sosh-8/documents?kind=OTHER",
                "file", "большой.pdf", "application/pdf", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).contains("10 МБ");
    }

    @Test
    void theCoordinatorSeesWhichSchoolsLackWhichDocumentsAndAnAgreementIsThePairs() throws Exception {
        JsonNode pairs = client.get("coordinator", "/api/registry/pairs?schoolCode=mil-sosh-4&active=true&size=5").json().get("items");
        assertThat(pairs).isNotEmpty();
        String pair = pairs.get(0).get("id").asString();
        PlatformClient.Response agreement = client.postFile("coordinator", "/api/registry/pairs/" + pair + "/documents?extraPay=true",
                "file", "Дополнительное соглашение.pdf", "application/pdf", pdf());
        assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
        assertThat(agreement.json().get("kind").asString()).isEqualTo("MENTOR_AGREEMENT");
        assertThat(agreement.json().get("extraPay").asBoolean()).isTrue();
        assertThat(client.get("coordinator", "/api/registry/pairs/" + pair + "/documents").body()).contains(agreement.json().get("id").asString());

        PlatformClient.Response table = client.get("coordinator", "/api/registry/documents/missing");
        assertThat(table.status()).as(table.body()).isEqualTo(200);
        JsonNode schools = table.json().get("schools");
        assertThat(schools.size()).isGreaterThan(1);
        assertThat(table.body()).doesNotContain("oth-").contains("\"ROADMAP\"");
        for (JsonNode row : schools) {
            assertThat(row.get("shortName").asString()).isNotBlank();
            assertThat(row.get("pairsWithoutAgreement").asLong()).isLessThanOrEqualTo(row.get("activePairs").asLong());
        }
        assertThat(client.get("admin-mil-sosh-4", "/api/registry/documents/missing").status()).isEqualTo(403);
        assertThat(delete("coordinator", agreement.json().get("id").asString()).status()).isEqualTo(204);
    }

    static PlatformClient.Response delete(String user, String id) {
        return client.send(client.request(user, "/api/registry/documents/" + id).DELETE());
    }

    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Положение о Целевой модели наставничества");
            doc.write(out);
            return out.toByteArray();
        }
    }
}
