package ru.mentoring.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

/**
 * The gateway's own decisions, with no service behind it: the routes point at a closed port, so a
 * request that passes security gets the gateway's 503 problem, never a service's answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "platform.services.registry=http://localhost:9",
        "platform.services.school-index=http://localhost:9",
        "platform.services.monitoring=http://localhost:9",
        "platform.services.web=http://localhost:9"})
// the first proxied request starts the gateway's HTTP client: seconds on a loaded machine, so more than the 5 s default
@AutoConfigureWebTestClient(timeout = "30s")
class GatewaySecurityTest {

    private final WebTestClient client;

    GatewaySecurityTest(WebTestClient client) {
        this.client = client;
    }

    @Test
    void aRequestWithoutATokenIsUnauthorizedWithProblemDetailsAndACorrelationId() {
        client.get().uri("/api/registry/schools").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json")
                .expectHeader().exists("X-Correlation-Id")
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void aDepartmentViewerCannotWrite() {
        client.mutateWith(mockJwt().jwt(j -> j.claim("realm_access", Map.of("roles", List.of("department-viewer"))))
                        .authorities(new SimpleGrantedAuthority("ROLE_department-viewer")))
                .post().uri("/api/registry/schools").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void aServiceAccountTokenIsNotAcceptedFromOutside() {
        client.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_internal-service")))
                .get().uri("/api/index/years/2024/classification").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aTokenCarryingInternalServiceIsRefusedWhateverElseItCarries() {
        client.mutateWith(mockJwt().jwt(j -> j.claim("azp", "mentoring-web")
                                .claim("realm_access", Map.of("roles", List.of("coordinator", "internal-service"))))
                        .authorities(new SimpleGrantedAuthority("ROLE_coordinator")))
                .get().uri("/api/registry/schools").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json");
        client.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_coordinator"),
                        new SimpleGrantedAuthority("ROLE_internal-service")))
                .post().uri("/api/registry/schools").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aTokenIssuedToAServicesClientIsRefusedEvenWithAPersonsRole() {
        for (String service : List.of("registry-service", "school-index-service", "monitoring-service")) {
            client.mutateWith(mockJwt().jwt(j -> j.claim("azp", service))
                            .authorities(new SimpleGrantedAuthority("ROLE_coordinator")))
                    .get().uri("/api/registry/schools").exchange()
                    .expectStatus().isForbidden();
        }
    }

    @Test
    void aPersonsTokenOfAnotherClientPasses() {
        client.mutateWith(mockJwt().jwt(j -> j.claim("azp", "mentoring-web"))
                        .authorities(new SimpleGrantedAuthority("ROLE_coordinator")))
                .post().uri("/api/registry/schools").exchange()
                .expectStatus().isEqualTo(503);
    }

    @Test
    void aRegionAnalystReachesTheIndexForReadingAndWriting() {
        var analyst = mockJwt().authorities(new SimpleGrantedAuthority("ROLE_region-analyst"));
        client.mutateWith(analyst).get().uri("/api/index/years/2024/classification").exchange()
                .expectStatus().isEqualTo(503);
        client.mutateWith(analyst).post().uri("/api/index/years/2024/classification").exchange()
                .expectStatus().isEqualTo(503);
        client.mutateWith(analyst).put().uri("/api/index/schools/s-1").exchange()
                .expectStatus().isEqualTo(503);
    }

    @Test
    void aRegionAnalystReachesNothingButTheIndex() {
        var analyst = mockJwt().authorities(new SimpleGrantedAuthority("ROLE_region-analyst"));
        client.mutateWith(analyst).get().uri("/api/registry/schools").exchange()
                .expectStatus().isForbidden();
        client.mutateWith(analyst).post().uri("/api/registry/schools").exchange()
                .expectStatus().isForbidden();
        client.mutateWith(analyst).get().uri("/api/monitoring/dashboard").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aDepartmentViewerStillCannotWriteToTheIndex() {
        client.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_department-viewer")))
                .post().uri("/api/index/years/2024/classification").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aDepartmentViewerMayReadAndAnUnreachableServiceIsA503Problem() {
        client.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_department-viewer")))
                .get().uri("/api/registry/statistics/schools").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void aRegionAnalystReachesTheIndexAndNothingElse() {
        var region = mockJwt().authorities(new SimpleGrantedAuthority("ROLE_region-analyst"));
        client.mutateWith(region).get().uri("/api/index/years/2024/classification").exchange()
                .expectStatus().isEqualTo(503); // past the gateway's wall: the index service is not running here
        client.mutateWith(region).post().uri("/api/index/years/2024/indicator-values").exchange()
                .expectStatus().isEqualTo(503);
        client.mutateWith(region).get().uri("/api/registry/schools").exchange().expectStatus().isForbidden();
        client.mutateWith(region).get().uri("/api/monitoring/targets?programmeYear=2025").exchange().expectStatus().isForbidden();
        client.mutateWith(region).post().uri("/api/registry/schools").exchange().expectStatus().isForbidden();
    }

    @Test
    void aWellFormedCorrelationIdIsKeptAndAForgedOneIsReplaced() {
        client.get().uri("/api/registry/schools").header("X-Correlation-Id", "abc-123-def-456").exchange()
                .expectHeader().valueEquals("X-Correlation-Id", "abc-123-def-456");
        client.get().uri("/api/registry/schools").header("X-Correlation-Id", "bad<script>alert(1)</script>").exchange()
                .expectHeader().value("X-Correlation-Id", v -> assertThat(v).doesNotContain("bad"));
    }

    @Test
    void aBearerHeaderThatIsNotATokenIsUnauthorizedWithProblemDetails() {
        client.get().uri("/api/registry/schools").header("Authorization", "Bearer not a token").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void theFirewallIsSpringSecuritysStrictOneWithItsRulesAsLoops(@Autowired ServerWebExchangeFirewall firewall) {
        // the rules themselves are proven against Spring Security's expressions in RequestSyntaxTest
        assertThat(firewall).isInstanceOf(StrictServerWebExchangeFirewall.class);
    }

    @Test
    void aPageOutsideTheApiNeedsNoTokenAndGoesToTheWebApplicationWhichLogsPeopleInItself() {
        // passes security without a token: the (unreachable) web application answers, not a 401
        client.get().uri("/schools").exchange().expectStatus().is5xxServerError();
        client.get().uri("/").exchange().expectStatus().is5xxServerError();
    }

    @Test
    void theApiKeepsItsTokenRulesAndTheGatewaysOtherActuatorEndpointsStayClosed() {
        client.get().uri("/api/no-such-service").exchange().expectStatus().isUnauthorized();
        client.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void healthIsOpen() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
