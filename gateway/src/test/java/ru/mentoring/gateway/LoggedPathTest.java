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
    void otherPathsAreLoggedAsTheyAre() {
        assertThat(LoggedPath.of("/api/registry/schools/mil-sosh-1")).isEqualTo("/api/registry/schools/mil-sosh-1");
    }
}
