package ru.mentoring.e2e;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets in: real Keycloak tokens, forged ones, expired ones, none; through the gateway and around it. */
class TokenSecurityIT {

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void noTokenIsUnauthorizedAtTheGatewayForEveryService() {
        for (String path : new String[] {"/api/registry/schools", "/api/index/methodologies", "/api/monitoring/questionnaires"}) {
            PlatformClient.Response r = client.get(null, path);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.header("X-Correlation-Id")).isNotBlank();
        }
    }

    @Test
    void aRealTokenOfTheCoordinatorIsAccepted() {
        PlatformClient.Response r = client.get("coordinator", "/api/registry/schools");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().size()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aTokenWhosePayloadWasChangedIsRejectedByTheGatewayAndByTheService() {
        String real = client.token("admin-mil-sosh-2");
        String[] parts = real.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"mil-sosh-2\"", "\"mil-sosh-4\"");
        String forged = parts[0] + "." + b64(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(withToken(forged, "/api/registry/schools/mil-sosh-4").status()).isEqualTo(401);
        assertThat(withToken(forged, E2EPlatform.serviceUrl("registry") + "/api/registry/schools/mil-sosh-4").status()).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithSomeoneElsesKeyIsRejected() throws Exception {
        String real = client.token("coordinator");
        String[] parts = real.split("\\.");
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey key = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        String forged = parts[0] + "." + parts[1] + "." + b64(signer.sign());

        assertThat(withToken(forged, "/api/registry/schools").status()).isEqualTo(401);
        assertThat(withToken(forged, E2EPlatform.serviceUrl("index") + "/api/index/methodologies").status()).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String[] parts = client.token("coordinator").split("\\.");
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertThat(withToken(none, "/api/registry/schools").status()).isEqualTo(401);
    }

    @Test
    void aBearerHeaderThatIsNotATokenIsUnauthorizedWithProblemDetailsAtTheGatewayAndTheService() {
        String real = client.token("coordinator");
        for (String path : new String[] {"/api/registry/schools", E2EPlatform.serviceUrl("registry") + "/api/registry/schools"}) {
            for (String header : new String[] {"Bearer " + real + " extra", "Bearer  " + real, "Bearer " + real.replace('.', '%')}) {
                PlatformClient.Response r = client.send(client.request(null, path).header("Authorization", header).GET());
                assertThat(r.status()).as(path + " " + header.substring(0, 10)).isEqualTo(401);
                assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            }
            // the scheme's name is read in any case, as RFC 6750 allows
            PlatformClient.Response lower = client.send(client.request(null, path).header("Authorization", "bearer " + real).GET());
            assertThat(lower.status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void anExpiredTokenIsRejected() throws Exception {
        String shortLived = KeycloakAdmin.shortLivedToken(client, "coordinator", 4);
        assertThat(withToken(shortLived, "/api/registry/schools").status()).as("still valid").isEqualTo(200);
        Thread.sleep(6_000);
        assertThat(withToken(shortLived, "/api/registry/schools").status()).isEqualTo(401);
        assertThat(withToken(shortLived, E2EPlatform.serviceUrl("registry") + "/api/registry/schools").status()).isEqualTo(401);
    }

    @Test
    void aServiceAccountTokenIsNotLetInThroughTheGateway() {
        String serviceToken = KeycloakAdmin.clientCredentialsToken(client, "registry-service",
                E2EPlatform.clientSecret("registry-service"));
        assertThat(withToken(serviceToken, "/api/registry/schools").status()).isEqualTo(403);
    }

    @Test
    void callingAServiceDirectlyNeedsATokenToo() {
        PlatformClient.Response r = client.send(client.request(null, E2EPlatform.serviceUrl("registry") + "/api/registry/schools").GET());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theGatewayGivesEveryRequestACorrelationIdAndLogsIt() throws Exception {
        PlatformClient.Response r = client.send(client.request("coordinator", "/api/registry/schools")
                .header("X-Correlation-Id", "e2e-correlation-0001").GET());
        assertThat(r.header("X-Correlation-Id")).isEqualTo("e2e-correlation-0001");
        assertThat(r.raw().headers().allValues("X-Correlation-Id")).hasSize(1);
        java.nio.file.Path log = E2EPlatform.get().settings().logDir().resolve("gateway.log");
        long deadline = System.currentTimeMillis() + 5_000;
        while (!java.nio.file.Files.readString(log).contains("e2e-correlation-0001") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(java.nio.file.Files.readString(log)).contains("[e2e-correlation-0001] GET /api/registry/schools -> 200");
    }

    private static PlatformClient.Response withToken(String token, String path) {
        return client.send(client.request(null, path).header("Authorization", "Bearer " + token).GET());
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
