package ru.mentoring.web.mentoring;

import static ru.mentoring.web.TestLogins.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.web.gateway.GatewayClient;

/** The pair's additional agreement page, with the registry's answers given by mocks. */
@SpringBootTest(properties = {"platform.municipalities.millerovo=Миллеровский район",
        "platform.keycloak.url=http://localhost:8180", "platform.keycloak.client-secret=test-secret"})
@AutoConfigureMockMvc
class PairDocumentsPagesTest {

    private final MockMvc mvc;

    @MockitoBean
    MentoringService mentoring;

    @MockitoBean
    GatewayClient gateway;

    PairDocumentsPagesTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAgreementIsListedWithWhetherItSetsExtraPayAndAnUploadPassesTheFlagOn() throws Exception {
        UUID pair = MentoringPagesTest.PAIR;
        when(mentoring.pair(pair)).thenReturn(MentoringPagesTest.pair("PREPARATORY", false, MentoringPagesTest.mentor()));
        when(gateway.get(any(ParameterizedTypeReference.class), eq("/api/registry/pairs/{id}/documents"), eq(pair)))
                .thenReturn(List.of(new PairDocumentsController.Agreement(UUID.randomUUID(), "mil-sosh-4", "МБОУ СОШ №4",
                        "Соглашение.pdf", true, 2048, "admin-mil-sosh-4", OffsetDateTime.parse("2026-12-02T09:00:00Z"))));
        mvc.perform(get("/mentoring/pairs/" + pair + "/documents").with(as("school-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Соглашение.pdf"), containsString("предусмотрена"),
                        containsString("02.12.2026"), containsString("Иванова Мария Петровна"))));

        when(gateway.postMultipart(eq(PairDocumentsController.Agreement.class), any(), eq("file"),
                eq("/api/registry/pairs/{id}/documents?extraPay={extraPay}"), eq(pair), eq(false)))
                .thenReturn(new PairDocumentsController.Agreement(UUID.randomUUID(), "mil-sosh-4", "МБОУ СОШ №4", "Соглашение.pdf",
                        false, 10, "admin-mil-sosh-4", OffsetDateTime.now()));
        mvc.perform(multipart("/mentoring/pairs/" + pair + "/documents").file(new MockMultipartFile("file", "Соглашение.pdf", null,
                        new byte[] {'%'})).param("extraPay", "false").with(csrf()).with(as("school-admin")))
                .andExpect(redirectedUrl("/mentoring/pairs/" + pair + "/documents"));
        verify(gateway).postMultipart(eq(PairDocumentsController.Agreement.class), any(), eq("file"),
                eq("/api/registry/pairs/{id}/documents?extraPay={extraPay}"), eq(pair), eq(false));
    }
}
