package ru.mentoring.index;

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
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;

/**
 * The upgrade from the last release (docs/reliability.md): the index's schema as that release made
 * it, with the data it wrote (its dump: RestartIT's district and the region's cohort of four
 * schools), then this release's changelogs at the service's start; the classification run of 2025
 * with its index values reads back.
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
        LastRelease.prepare("school_index").forEach((key, value) -> registry.add(key, () -> value));
    }

    @Test
    void theLastReleasesClassificationRunAndIndexValuesReadBackAfterTheCurrentChangelogs() throws Exception {
        mvc.perform(get("/api/index/years/2025/classification").with(regionAnalyst())).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)));
        mvc.perform(get("/api/index/years/2025/classification/runs").with(regionAnalyst())).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].methodologyVersion").value("rst-m"));
        mvc.perform(get("/api/index/years/2025/classification").with(coordinator("restart-district"))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].schoolCode").value("rst-sosh-1"));
    }
}
