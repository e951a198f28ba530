package ru.mentoring.registry.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;
import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;

import ru.mentoring.registry.TestData;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * {@code registry.documents.store=s3} against a real S3-compatible server in this JVM (LocalS3, in memory): the
 * descriptions stay in PostgreSQL with their tenancy, the bytes go to the bucket under a key that names nothing.
 */
@SpringBootTest(properties = {
        "registry.documents.store=s3",
        "registry.documents.s3.region=ru-central1",
        "registry.documents.s3.bucket=" + S3DocumentStoreTest.BUCKET,
        "registry.documents.s3.access-key=registry",
        "registry.documents.s3.secret-key=registry-secret",
        "registry.documents.s3.key-prefix=test/"})
@AutoConfigureMockMvc
class S3DocumentStoreTest {

    static final String BUCKET = "school-documents";
    static final String M = "docs3";

    static LocalS3 server;
    static S3Client bucket;

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final TransactionTemplate transaction;
    private final HealthIndicator health;

    S3DocumentStoreTest(MockMvc mvc, JdbcClient jdbc, DocumentStore store, TransactionTemplate transaction,
            @Qualifier("documentsBucketHealthIndicator") HealthIndicator documentsBucketHealthIndicator) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.store = store;
        this.transaction = transaction;
        this.health = documentsBucketHealthIndicator;
    }

    @DynamicPropertySource
    static void bucketServer(DynamicPropertyRegistry registry) {
        if (server == null) {
            int port = freePort();
            server = LocalS3.builder().port(port).mode(LocalS3Mode.IN_MEMORY).build();
            server.start();
            bucket = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                    .endpointOverride(URI.create("http://localhost:" + port)).region(Region.of("ru-central1"))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("registry", "registry-secret")))
                    .forcePathStyle(true).build();
            bucket.createBucket(b -> b.bucket(BUCKET));
        }
        registry.add("registry.documents.s3.endpoint", () -> "http://localhost:" + server.getPort());
    }

    @BeforeAll
    static void schools(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("docs3-a", "Школа Облака");
        data.school("docs3-b", "Школа Соседей");
    }

    @AfterAll
    static void stop() {
        bucket.close();
        server.shutdown();
    }

    private String uploaded(String school, RequestPostProcessor who, String kind, String name, byte[] bytes) throws Exception {
        MvcResult r = mvc.perform(MockMvcRequestBuilders.multipart("/api/registry/schools/" + school + "/documents")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("kind", kind).with(who))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        return JsonPath.read(r.getResponse().getContentAsString(), "$.id");
    }

    private static List<String> keys() {
        return bucket.listObjectsV2(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key).toList();
    }

    @Test
    void theBytesGoToTheBucketUnderARandomKeyAndComeBackTheSame() throws Exception {
        byte[] docx = Files.docx();
        String id = uploaded("docs3-a", schoolAdmin("docs3-a", M), "REGULATION", "Положение о наставничестве.docx", docx);
        mvc.perform(get("/api/registry/schools/docs3-a/documents").with(schoolAdmin("docs3-a", M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].sizeBytes").value(hasItem(docx.length)))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].fileName").value(hasItem("Положение о наставничестве.docx")));
        // the key is the prefix and the id: neither the school nor the file's name
        assertThat(keys()).contains("test/" + id);
        assertThat(bucket.getObjectAsBytes(b -> b.bucket(BUCKET).key("test/" + id)).asByteArray()).isEqualTo(docx);
        // the database keeps the description only
        assertThat(jdbc.sql("select count(*) from school_document_content where document_id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();
        MvcResult download = mvc.perform(get("/api/registry/documents/" + id + "/content").with(coordinator(M)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(docx);
        assertThat(download.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void anotherSchoolsDocumentInTheBucketIsStillNotFound() throws Exception {
        String id = uploaded("docs3-a", coordinator(M), "ORDER", "order.pdf", Files.pdf());
        mvc.perform(get("/api/registry/documents/" + id + "/content").with(schoolAdmin("docs3-b", M))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/registry/documents/" + id).with(schoolAdmin("docs3-b", M))).andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/documents/" + id + "/content").with(coordinator("docs3-other"))).andExpect(status().isNotFound());
        assertThat(keys()).contains("test/" + id);
        mvc.perform(get("/api/registry/documents/" + id + "/content").with(schoolAdmin("docs3-a", M))).andExpect(status().isOk());
    }

    @Test
    void deletingADocumentRemovesItsObjectFromTheBucket() throws Exception {
        String id = uploaded("docs3-b", schoolAdmin("docs3-b", M), "OTHER", "фото.png", Files.png());
        assertThat(keys()).contains("test/" + id);
        mvc.perform(delete("/api/registry/documents/" + id).with(schoolAdmin("docs3-b", M))).andExpect(status().isNoContent());
        assertThat(keys()).doesNotContain("test/" + id);
        assertThatThrownBy(() -> bucket.headObject(b -> b.bucket(BUCKET).key("test/" + id))).isInstanceOf(NoSuchKeyException.class);
        mvc.perform(get("/api/registry/documents/" + id + "/content").with(coordinator(M))).andExpect(status().isNotFound());
    }

    @Test
    void anObjectWrittenForADescriptionThatIsRolledBackIsRemovedAgain() {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(tx -> {
            store.put(id, "docs3-a", Files.pdf());
            assertThat(keys()).contains("test/" + id);
            tx.setRollbackOnly();
        });
        assertThat(keys()).doesNotContain("test/" + id);
    }

    @Test
    void aDeletionThatIsRolledBackKeepsTheBytes() {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(tx -> store.put(id, "docs3-a", Files.pdf()));
        transaction.executeWithoutResult(tx -> {
            store.delete(id);
            tx.setRollbackOnly();
        });
        assertThat(keys()).contains("test/" + id);
        transaction.executeWithoutResult(tx -> store.delete(id));
        assertThat(keys()).doesNotContain("test/" + id);
    }

    @Test
    void theBucketIsUpInHealthAndDownWhenItIsMissing() {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        S3DocumentStoreProperties missing = new S3DocumentStoreProperties(URI.create("http://localhost:" + server.getPort()),
                "ru-central1", "no-such-bucket", "registry", "registry-secret", true, "test/");
        HealthIndicator ofMissing = new S3DocumentStoreConfiguration().documentsBucketHealthIndicator(bucket, missing);
        assertThat(ofMissing.health().getStatus()).isEqualTo(Status.DOWN);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
