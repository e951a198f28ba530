package ru.mentoring.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoggedPathTest {

    @Test
    void aPersonalLinksTokenIsLeftOutOfTheLoggedPath() {
        assertThat(LoggedPath.of("/api/monitoring/public/answers/Zm9vYmFyYmF6cXV4c2VjcmV0dG9rZW4"))
                .isEqualTo("/api/monitoring/public/answers/***");
    }

    @Test
    void theQuestionnairePagesTokenIsLeftOutTooButTheThankYouPageIsNamed() {
        assertThat(LoggedPath.of("/q/h4c7x7nt_4SYSBPkX8R64pVR1PU4yqwoU5Wyvt1C6fw")).isEqualTo("/q/***");
        assertThat(LoggedPath.of("/q/done")).isEqualTo("/q/done");
    }

    @Test
    void otherPathsAreLoggedAsTheyAre() {
        assertThat(LoggedPath.of("/api/registry/schools/mil-sosh-1")).isEqualTo("/api/registry/schools/mil-sosh-1");
    }
}
