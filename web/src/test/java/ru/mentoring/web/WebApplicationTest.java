package ru.mentoring.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application wires up with no Keycloak and no gateway running (it starts before them). */
@SpringBootTest
@AutoConfigureMockMvc
class WebApplicationTest {

    private final MockMvc mvc;

    WebApplicationTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void startsWithoutKeycloakOrTheGatewayAndReportsHealthWithoutALogin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
    }

    @Test
    void theStylesheetAndHtmxAreServedWithoutALogin() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }
}
