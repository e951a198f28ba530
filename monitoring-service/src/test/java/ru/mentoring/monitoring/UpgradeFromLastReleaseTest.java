package ru.mentoring.monitoring;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.platform.test.LastRelease;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;

/**
 * The upgrade from the last release (docs/reliability.md): monitoring's schema as that release made
 * it, with the data it wrote (its dump: RestartIT's district), then this release's changelogs at
 * the service's start; the round and its one answer read back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UpgradeFromLastReleaseTest {

    private final MockMvc mvc;

    UpgradeFromLastReleaseTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @DynamicPropertySource
    static void lastReleasesDatabase(DynamicPropertyRegistry registry) {
        LastRelease.prepare("monitoring").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Test
    void theLastReleasesRoundAndItsAnswerReadBackAfterTheCurrentChangelogs() throws Exception {
        mvc.perform(get("/api/monitoring/rounds?schoolCode=rst-sosh-1").with(coordinator("restart-district")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].templateCode").value("MENTEE_BEFORE"))
                .andExpect(jsonPath("$[0].answered").value(1));
    }
}
