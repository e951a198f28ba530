package ru.mentoring.registry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI document lists the new endpoints (the gateway's and the UI's contract). */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiTest {

    private final MockMvc mvc;

    OpenApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void theApiDocumentDescribesPairsBanksMatchingExchangeAndAudit() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/registry/pairs']").exists())
                .andExpect(jsonPath("$.paths['/api/registry/pairs/{id}/status']").exists())
                .andExpect(jsonPath("$.paths['/api/registry/pairs/{pairId}/programme']").exists())
                .andExpect(jsonPath("$.paths['/api/registry/participants/{participantId}/consents/withdrawal']").exists())
                .andExpect(jsonPath("$.paths['/api/registry/bank/mentors']").exists())
                .andExpect(jsonPath("$.paths['/api/registry/bank/mentee-requests/{id}/suggested-mentors']").exists())
                .andExpect(jsonPath("$.paths['/api/registry/exchange/{bank}']").exists())
                .andExpect(jsonPath("$.paths['/api/registry/schools/{code}/administrators']").exists())
                .andExpect(jsonPath("$.paths['/api/registry/audit']").exists());
    }

    /** Request bodies of the same simple name would share one schema in the document and send clients the wrong fields. */
    @Test
    void eachDecisionBodyKeepsItsOwnFields() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Decision.properties.approve").exists())
                .andExpect(jsonPath("$.components.schemas.Decision.properties.awarded").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.NominationDecision.properties.awarded").exists())
                .andExpect(jsonPath("$.components.schemas.KindView.properties.nominee").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.RecognitionKindView.properties.nominee").exists())
                .andExpect(jsonPath("$.components.schemas.MemberView.properties.leadMentor").exists())
                .andExpect(jsonPath("$.components.schemas.ManagementMemberView.properties.position").exists());
    }
}
