package ru.mentoring.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Health for the orchestrator's probes, and each service's own metrics in Prometheus format. */
class ObservabilityIT {

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void everyServiceAndTheGatewayAreHealthyWithProbes() {
        for (String service : new String[] {"gateway", "registry", "index", "monitoring", "web"}) {
            for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
                PlatformClient.Response r = client.get(null, E2EPlatform.serviceUrl(service) + path);
                assertThat(r.status()).as(service + path).isEqualTo(200);
                assertThat(r.body()).as(service + path).contains("\"UP\"");
            }
        }
    }

    @Test
    void eachServiceExposesItsOwnMetricsInPrometheusFormat() {
        assertMetric("registry", "registry_participants_added_total");
        assertMetric("index", "index_");
        assertMetric("monitoring", "monitoring_questionnaire_submissions_total");
        assertMetric("gateway", "http_server_requests_seconds");
    }

    private static void assertMetric(String service, String name) {
        PlatformClient.Response r = client.get(null, E2EPlatform.serviceUrl(service) + "/actuator/prometheus");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/plain");
        assertThat(r.body().lines().filter(l -> !l.startsWith("#")).anyMatch(l -> l.startsWith(name)))
                .as(service + " exposes " + name).isTrue();
    }

    @Test
    void eachServiceServesItsOpenApiDocument() {
        for (String service : new String[] {"registry", "index", "monitoring"}) {
            PlatformClient.Response r = client.get(null, E2EPlatform.serviceUrl(service) + "/v3/api-docs");
            assertThat(r.status()).as(service).isEqualTo(200);
            assertThat(r.body()).contains("\"openapi\"");
        }
    }
}
