package ru.mentoring.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class ClientSecretTest {

    @Test
    void aServiceWithoutItsSecretIsRefusedNamingTheProperty() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "registry-service");
        assertThatThrownBy(() -> ClientSecret.require(environment)).isInstanceOf(MissingClientSecretException.class)
                .hasMessageContaining("registry-service").hasMessageContaining("platform.keycloak.client-secret")
                .hasMessageContaining("PLATFORM_KEYCLOAK_CLIENT_SECRET");
        assertThatThrownBy(() -> ClientSecret.require(environment.withProperty("platform.keycloak.client-secret", " ")))
                .as("a blank secret is none").isInstanceOf(MissingClientSecretException.class);
    }

    @Test
    void aSecretInThePropertyOrInTheRegistrationIsEnough() {
        assertThatNoException().isThrownBy(() -> ClientSecret.require(new MockEnvironment()
                .withProperty("platform.keycloak.client-secret", "s3cr3t")));
        assertThatNoException().isThrownBy(() -> ClientSecret.require(new MockEnvironment()
                .withProperty("spring.security.oauth2.client.registration.keycloak.client-secret", "s3cr3t")));
    }

    @Test
    void theFailureReportSaysWhatToSet() {
        FailureAnalysis analysis = new MissingClientSecretFailureAnalyzer().analyze(new MissingClientSecretException("monitoring-service"));
        assertThat(analysis.getDescription()).contains("monitoring-service").contains("platform.keycloak.client-secret")
                .contains("no default");
        assertThat(analysis.getAction()).contains("PLATFORM_KEYCLOAK_CLIENT_SECRET");
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }

    @Test
    void anApplicationStartedWithoutTheSecretStopsBeforeAnythingElseWithThatReport(CapturedOutput output) {
        SpringApplication application = new SpringApplication(Nothing.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatThrownBy(() -> application.run("--spring.application.name=school-index-service",
                "--platform.embedded-postgres.enabled=false")).isInstanceOf(MissingClientSecretException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("school-index-service has no Keycloak client secret: the property platform.keycloak.client-secret is not set");
    }
}
