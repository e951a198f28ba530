package ru.mentoring.e2e;

import java.nio.file.Path;
import java.util.List;

import ru.mentoring.launcher.Platform;
import ru.mentoring.launcher.PlatformClient;

/**
 * One platform for the whole end-to-end run: real Keycloak from the zip, embedded PostgreSQL, the
 * services' own jars, the demo district; on ports of its own, so a local run can stay up beside it.
 */
final class E2EPlatform {

    static final int GATEWAY_PORT = 18080;
    static final int KEYCLOAK_PORT = 18180;

    private static Platform platform;

    private E2EPlatform() {
    }

    static synchronized Platform get() {
        if (platform == null) {
            Path home = Path.of(System.getProperty("platform.home", "../..")).toAbsolutePath().normalize();
            Path zip = Path.of(System.getProperty("platform.keycloak.zip",
                    home.resolve("infra/launcher/target/keycloak/keycloak-quarkus-dist.zip").toString()));
            platform = Platform.start(new Platform.Settings(home, zip, Platform.Settings.defaultCacheDir(), "e2e",
                    GATEWAY_PORT, KEYCLOAK_PORT, 0, true,
                    // no tolerance, so that the expiry test needs seconds, not minutes
                    List.of("--platform.security.clock-skew=0s")));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "e2e-platform-stop"));
        }
        return platform;
    }

    static PlatformClient client() {
        return get().client();
    }

    static String serviceUrl(String service) {
        Platform.Settings s = get().settings();
        return switch (service) {
            case "registry" -> "http://localhost:" + s.registryPort();
            case "index" -> "http://localhost:" + s.indexPort();
            case "monitoring" -> "http://localhost:" + s.monitoringPort();
            case "web" -> "http://localhost:" + s.webPort();
            case "gateway" -> s.gatewayUrl();
            default -> throw new IllegalArgumentException(service);
        };
    }
}
