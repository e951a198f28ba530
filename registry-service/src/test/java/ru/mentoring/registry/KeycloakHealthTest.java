package ru.mentoring.registry;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Keycloak not answering degrades the service's health (200, DEGRADED); it does not take the service down. */
@SpringBootTest(properties = "platform.keycloak.url=http://localhost:9")
@AutoConfigureMockMvc
class KeycloakHealthTest {

    private final MockMvc mvc;

    KeycloakHealthTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void whileKeycloakDoesNotAnswerTheHealthIsDegradedAndStill200AndTheProbesAreUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEGRADED"))
                .andExpect(jsonPath("$.components.keycloak.status").value("DEGRADED"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
