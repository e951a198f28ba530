package ru.mentoring.platform.security;

import java.util.List;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RealmKeySetTest {

    HttpServer keycloak;
    final AtomicReference<String> jwks = new AtomicReference<>();
    final AtomicInteger changes = new AtomicInteger();
    RealmKeySet keys;

    @BeforeEach
    void start() throws Exception {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/certs", exchange -> {
            String body = jwks.get();
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 503 : 200, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        keycloak.start();
        keys = new RealmKeySet(URI.create("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/certs"), changes::incrementAndGet);
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    static RSAKey key(String kid) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return new RSAKey.Builder((RSAPublicKey) generator.generateKeyPair().getPublic()).keyID(kid).build();
    }

    static String set(RSAKey... keys) {
        return new JWKSet(List.of(keys)).toString();
    }

    @Test
    void theFirstKeySetReadAndEveryChangeOfItForgetTheTokensAndTheSameSetDoesNot() throws Exception {
        RSAKey first = key("k1");
        RSAKey second = key("k2");
        jwks.set(set(first));
        keys.check();
        assertThat(changes).as("tokens may have been remembered before Keycloak was reachable").hasValue(1);
        keys.check();
        assertThat(changes).hasValue(1);

        jwks.set(set(first, second));
        keys.check();
        assertThat(changes).as("a key added (rotation)").hasValue(2);
        jwks.set(set(second, first));
        keys.check();
        assertThat(changes).as("the same keys in another order").hasValue(2);
        jwks.set(set(second));
        keys.check();
        assertThat(changes).as("a key removed").hasValue(3);
        jwks.set(set(key("k2")));
        keys.check();
        assertThat(changes).as("another key under the same id").hasValue(4);
    }

    @Test
    void anUnreachableOrFailingKeycloakChangesNothing() throws Exception {
        jwks.set(set(key("k1")));
        keys.check();
        jwks.set(null);
        keys.check();
        keycloak.stop(0);
        keys.check();
        assertThat(changes).hasValue(1);
    }
}
