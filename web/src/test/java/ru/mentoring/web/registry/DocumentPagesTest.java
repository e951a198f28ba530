package ru.mentoring.web.registry;

import static ru.mentoring.web.TestLogins.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.NotFoundException;
import ru.mentoring.web.gateway.ServiceException;
import ru.mentoring.web.gateway.ServiceProblem;
import ru.mentoring.web.registry.DocumentsApi.Document;
import ru.mentoring.web.registry.DocumentsApi.Kind;

/** The documents' pages with the registry's answers given by a mock of the data layer. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class DocumentPagesTest {

    static final UUID DOC = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

    private final MockMvc mvc;

    @MockitoBean
    RegistryService registry;

    @MockitoBean
    RegistryDocuments documents;

    DocumentPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    private void schoolOf(String code, String shortName) {
        when(registry.schools()).thenReturn(List.of(new RegistryApi.School(code, "МБОУ " + shortName, shortName, "SOSH", false, false,
                "millerovo")));
        when(documents.kinds()).thenReturn(List.of(new Kind("ORDER", "Приказ о внедрении Целевой модели наставничества"),
                new Kind("REGULATION", "Положение о Целевой модели наставничества"),
                new Kind("MENTOR_AGREEMENT", "Дополнительное соглашение к трудовому договору наставника")));
    }

    @Test
    void aSchoolsDocumentsShowNameKindSizeWithACommaAndTheRussianDate() throws Exception {
        schoolOf("mil-sosh-4", "МБОУ СОШ №4");
        when(documents.ofSchool("mil-sosh-4")).thenReturn(List.of(new Document(DOC, "mil-sosh-4", "МБОУ СОШ №4", "REGULATION",
                "Положение о Целевой модели наставничества", null, null, "Положение.pdf", "application/pdf", 12_595, "admin-mil-sosh-4",
                OffsetDateTime.parse("2026-12-02T09:00:00Z"))));
        mvc.perform(get("/registry/documents").with(as("school-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Положение.pdf"), containsString("12,3 КБ"),
                        containsString("02.12.2026"), containsString("Положение о Целевой модели наставничества"),
                        containsString("/registry/documents/" + DOC + "/file"),
                        // the agreement is the pair's: not offered as a school's kind
                        not(containsString("value=\"MENTOR_AGREEMENT\"")))));
    }

    @Test
    void aRefusedFileIsShownWithTheRegistrysReasonNextToTheField() throws Exception {
        schoolOf("mil-sosh-4", "МБОУ СОШ №4");
        when(documents.ofSchool("mil-sosh-4")).thenReturn(List.of());
        String reason = "Файл не является документом PDF, DOCX, XLSX или изображением PNG, JPEG (проверено по содержимому, а не по имени)";
        when(documents.upload(eq("mil-sosh-4"), eq("ORDER"), any())).thenThrow(new ServiceException(new ServiceProblem(400, "Bad Request",
                reason, List.of(new ServiceProblem.FieldProblem("file", null, reason)))));
        mvc.perform(multipart("/registry/documents").file(new MockMultipartFile("file", "приказ.pdf", "application/pdf", new byte[] {'M', 'Z'}))
                        .param("school", "mil-sosh-4").param("kind", "ORDER").with(csrf()).with(as("school-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"file-error\""), containsString("проверено по содержимому"),
                        containsString("aria-invalid=\"true\""))));
    }

    @Test
    void anUploadRedirectsToTheSchoolsListWithAConfirmation() throws Exception {
        when(documents.upload(eq("mil-sosh-4"), eq("ROADMAP"), any())).thenReturn(new Document(DOC, "mil-sosh-4", "МБОУ СОШ №4",
                "ROADMAP", "План", null, null, "Дорожная карта.xlsx", "application/pdf", 10, "coordinator", OffsetDateTime.now()));
        mvc.perform(multipart("/registry/documents").file(new MockMultipartFile("file", "Дорожная карта.xlsx", null, new byte[] {1}))
                        .param("school", "mil-sosh-4").param("kind", "ROADMAP").with(csrf()).with(as("coordinator")))
                .andExpect(redirectedUrl("/registry/documents?school=mil-sosh-4"))
                .andExpect(flash().attribute("done", "Документ «Дорожная карта.xlsx» загружен."));
    }

    @Test
    void anotherSchoolsDocumentIsTheNotFoundPage() throws Exception {
        when(documents.download(DOC)).thenThrow(new NotFoundException("/api/registry/documents/" + DOC + "/content"));
        mvc.perform(get("/registry/documents/" + DOC + "/file").with(as("school-admin"))).andExpect(status().isNotFound());
        when(registry.schools()).thenReturn(List.of());
        when(documents.kinds()).thenReturn(List.of());
        when(documents.ofSchool("mil-sosh-5")).thenThrow(new NotFoundException("/api/registry/schools/mil-sosh-5/documents"));
        mvc.perform(get("/registry/documents").param("school", "mil-sosh-5").with(as("school-admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatorsTableMarksWhatEachSchoolLacks() throws Exception {
        when(documents.missing()).thenReturn(new DocumentsApi.Missing(
                List.of(new Kind("ORDER", "Приказ о внедрении Целевой модели наставничества"),
                        new Kind("REGULATION", "Положение о Целевой модели наставничества")),
                List.of(new DocumentsApi.MissingRow("mil-sosh-1", "МБОУ СОШ №1", Map.of("ORDER", 1L, "REGULATION", 0L), List.of("REGULATION"),
                        5, 2)), 1));
        mvc.perform(get("/registry/documents/missing").with(as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("МБОУ СОШ №1"), containsString("есть (1)"), containsString(">нет<"),
                        containsString("2 из 5"), not(containsString(">mil-sosh-1<")))));
        mvc.perform(get("/registry/documents/missing").with(as("school-admin"))).andExpect(status().isForbidden());
        verify(documents, never()).delete(any());
    }

    @Test
    void deletingRedirectsBackToTheSchool() throws Exception {
        mvc.perform(post("/registry/documents/" + DOC + "/delete").param("school", "mil-sosh-4").with(csrf()).with(as("school-admin")))
                .andExpect(redirectedUrl("/registry/documents?school=mil-sosh-4"))
                .andExpect(flash().attribute("done", "Документ удалён."));
        verify(documents).delete(DOC);
    }
}
