package ru.mentoring.registry.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.platform.tenant.TenantContext;
import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

@SpringBootTest
@AutoConfigureMockMvc
class DocumentTest {

    static final String M = "doc";
    static final String OTHER_M = "doc-x";

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    DocumentTest(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    static String pairOfA;

    @BeforeAll
    static void schools(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("doc-a", "Школа Документов");
        data.school("doc-b", "Альфа Школа");
        data.school("doc-c", "Яблоневая школа");
        new TestData(mvc, OTHER_M).school("doc-x1");
        String mentor = data.teacher("doc-a", "t-1", "Наставникова", "математика", 15);
        String mentee = data.teacher("doc-a", "t-2", "Молодцова", "математика", 1);
        data.consent(mentor);
        data.consent(mentee);
        pairOfA = data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", mentee);
    }

    private MvcResult upload(String path, RequestPostProcessor who, String name, byte[] bytes, String param, String value)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart(path)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param(param, value).with(who))
                .andReturn();
    }

    private String uploaded(String school, RequestPostProcessor who, String kind, String name, byte[] bytes) throws Exception {
        MvcResult r = upload("/api/registry/schools/" + school + "/documents", who, name, bytes, "kind", kind);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        return JsonPath.read(r.getResponse().getContentAsString(), "$.id");
    }

    @Test
    void aSchoolAdminUploadsListsAndDownloadsTheSameBytesUnderTheCyrillicName() throws Exception {
        byte[] docx = Files.docx();
        String id = uploaded("doc-a", schoolAdmin("doc-a", M), "REGULATION", "Положение о наставничестве.docx", docx);
        mvc.perform(get("/api/registry/schools/doc-a/documents").with(schoolAdmin("doc-a", M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].kindLabel").value(hasItem("Положение о Целевой модели наставничества")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].sizeBytes").value(hasItem(docx.length)))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].uploadedBy").value(hasItem("admin-doc-a")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].schoolShortName").value(hasItem("Школа Документов")))
                .andExpect(jsonPath("$[0].content").doesNotExist());
        MvcResult download = mvc.perform(get("/api/registry/documents/" + id + "/content").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString(
                        "filename*=UTF-8''%D0%9F%D0%BE%D0%BB%D0%BE%D0%B6%D0%B5%D0%BD%D0%B8%D0%B5%20")))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(docx);
        long audited = jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'DOCUMENT' and action = 'DOCUMENT_UPLOADED'
                        and entity_id = ? and actor = 'admin-doc-a' and 'doc-a' = any(school_codes)""")
                .param(id).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void anotherSchoolsDocumentIsNotFoundToListDownloadAndDelete() throws Exception {
        String id = uploaded("doc-a", coordinator(M), "ORDER", "order.pdf", Files.pdf());
        mvc.perform(get("/api/registry/schools/doc-a/documents").with(schoolAdmin("doc-b", M))).andExpect(status().isNotFound());
        mvc.perform(get("/api/registry/documents/" + id + "/content").with(schoolAdmin("doc-b", M))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/registry/documents/" + id).with(schoolAdmin("doc-b", M))).andExpect(status().isNotFound());
        // a coordinator of another municipality: the same
        mvc.perform(get("/api/registry/documents/" + id + "/content").with(coordinator(OTHER_M))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/registry/documents/" + id).with(coordinator(OTHER_M))).andExpect(status().isNotFound());
        MvcResult upload = upload("/api/registry/schools/doc-a/documents", schoolAdmin("doc-b", M), "x.pdf", Files.pdf(), "kind", "ORDER");
        assertThat(upload.getResponse().getStatus()).isEqualTo(404);
        // the document is still there for its school
        mvc.perform(get("/api/registry/documents/" + id + "/content").with(schoolAdmin("doc-a", M))).andExpect(status().isOk());
        // a department viewer reads no documents at all
        mvc.perform(get("/api/registry/documents/" + id + "/content").with(departmentViewer(M))).andExpect(status().isForbidden());
        // row-level security: another school's connection reads neither the description nor the bytes, even in plain SQL
        String sql = "select (select count(*) from school_document where id = ?::uuid) + (select count(*) from school_document_content"
                + " where document_id = ?::uuid)";
        assertThat(TenantContext.callAs("doc-b", () -> jdbc.sql(sql).params(id, id).query(Long.class).single())).isZero();
        assertThat(TenantContext.callAs("doc-a", () -> jdbc.sql(sql).params(id, id).query(Long.class).single())).isEqualTo(2);
    }

    @Test
    void aFileNamedPdfThatIsAnExecutableOrTextIsRefusedInRussian() throws Exception {
        for (byte[] bytes : new byte[][] {Files.exe(), Files.text(), Files.plainZip()}) {
            MvcResult r = upload("/api/registry/schools/doc-a/documents", schoolAdmin("doc-a", M), "приказ.pdf", bytes, "kind", "ORDER");
            assertThat(r.getResponse().getStatus()).isEqualTo(400);
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("\"field\":\"file\"").contains("проверено по содержимому");
        }
    }

    @Test
    void aFileOverTheLimitIs413AndNothingIsStored() throws Exception {
        byte[] big = Arrays.copyOf(Files.pdf(), 10 * 1024 * 1024 + 1);
        long before = jdbc.sql("select count(*) from school_document where school_code = 'doc-c'").query(Long.class).single();
        MvcResult r = upload("/api/registry/schools/doc-c/documents", coordinator(M), "big.pdf", big, "kind", "ROADMAP");
        assertThat(r.getResponse().getStatus()).isEqualTo(413);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Файл больше 10 МБ");
        assertThat(jdbc.sql("select count(*) from school_document where school_code = 'doc-c'").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void anAgreementIsUploadedForAPairNotAsASchoolsDocument() throws Exception {
        MvcResult asSchool = upload("/api/registry/schools/doc-a/documents", coordinator(M), "a.pdf", Files.pdf(),
                "kind", "MENTOR_AGREEMENT");
        assertThat(asSchool.getResponse().getStatus()).isEqualTo(400);
        MvcResult noFlag = mvc.perform(MockMvcRequestBuilders.multipart("/api/registry/pairs/" + pairOfA + "/documents")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", Files.pdf())).with(schoolAdmin("doc-a", M))).andReturn();
        assertThat(noFlag.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"extraPay\"");
        MvcResult r = upload("/api/registry/pairs/" + pairOfA + "/documents", schoolAdmin("doc-a", M), "Доп. соглашение.jpg",
                Files.jpeg(), "extraPay", "true");
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        mvc.perform(get("/api/registry/pairs/" + pairOfA + "/documents").with(coordinator(M)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].kind").value("MENTOR_AGREEMENT"))
                .andExpect(jsonPath("$[0].extraPay").value(true))
                .andExpect(jsonPath("$[0].schoolCode").value("doc-a"));
        mvc.perform(get("/api/registry/pairs/" + pairOfA + "/documents").with(schoolAdmin("doc-b", M))).andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatorsTableShowsWhichSchoolsLackWhichDocumentsAndPairsWithoutAnAgreement() throws Exception {
        uploaded("doc-b", coordinator(M), "ORDER", "Приказ.pdf", Files.pdf());
        uploaded("doc-b", coordinator(M), "REGULATION", "Положение.docx", Files.docx());
        uploaded("doc-b", coordinator(M), "ROADMAP", "Дорожная карта.xlsx", Files.xlsx());
        mvc.perform(get("/api/registry/documents/missing").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requiredKinds[*].kind").value(org.hamcrest.Matchers.contains("ORDER", "REGULATION", "ROADMAP")))
                // by short name: Альфа Школа, Школа Документов, Яблоневая школа; no school of another municipality
                .andExpect(jsonPath("$.schools[*].schoolCode").value(org.hamcrest.Matchers.contains("doc-b", "doc-a", "doc-c")))
                .andExpect(jsonPath("$.schools[0].missing", hasSize(0)))
                .andExpect(jsonPath("$.schools[0].documents.ROADMAP").value(1))
                .andExpect(jsonPath("$.schools[2].missing").value(org.hamcrest.Matchers.contains("ORDER", "REGULATION", "ROADMAP")))
                .andExpect(jsonPath("$.schools[1].activePairs").value(1))
                .andExpect(jsonPath("$.schools[*].shortName").value(not(hasItem("DOC-X1"))));
        mvc.perform(get("/api/registry/documents/missing").with(schoolAdmin("doc-a", M))).andExpect(status().isForbidden());
    }

    @Test
    void theSchoolAdminDeletesTheirDocumentAndItIsGoneWithItsBytes() throws Exception {
        String id = uploaded("doc-c", schoolAdmin("doc-c", M), "OTHER", "фото.png", Files.png());
        mvc.perform(delete("/api/registry/documents/" + id).with(schoolAdmin("doc-c", M))).andExpect(status().isNoContent());
        mvc.perform(get("/api/registry/documents/" + id + "/content").with(coordinator(M))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from school_document_content where document_id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'DOCUMENT_DELETED'").param(id)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/registry/schools/doc-c/documents").with(schoolAdmin("doc-c", M)))
                .andExpect(content().string(not(containsString(id))));
    }
}
