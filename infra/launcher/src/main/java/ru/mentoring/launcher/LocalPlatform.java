package ru.mentoring.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-platform}: the whole platform with the demo district, until Ctrl-C.
 * Arguments: {@code --home=<project root>} (default: the working directory), {@code --no-demo}.
 */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of("").toAbsolutePath();
        boolean demo = true;
        for (String arg : args) {
            if (arg.startsWith("--home=")) {
                home = Path.of(arg.substring("--home=".length())).toAbsolutePath();
            } else if (arg.equals("--no-demo")) {
                demo = false;
            } else {
                System.err.println("unknown argument: " + arg + " (known: --home=<dir>, --no-demo)");
                System.exit(2);
            }
        }
        Platform.Settings settings = new Platform.Settings(home,
                home.resolve("infra/launcher/target/keycloak/keycloak-quarkus-dist.zip"),
                Platform.Settings.defaultCacheDir(), "local", 8080, 8180, 15432, demo, List.of());

        Instant begin = Instant.now();
        System.out.println("Starting embedded PostgreSQL, Keycloak, registry, school index, monitoring, the web application and the gateway...");
        System.out.println("(logs: " + settings.logDir() + ")");
        Platform platform;
        try {
            platform = Platform.start(settings);
        } catch (RuntimeException e) {
            System.err.println("The platform did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping everything...");
            platform.close();
            stopped.countDown();
        }, "platform-stop"));

        long seconds = Duration.between(begin, Instant.now()).toSeconds();
        System.out.println(banner(platform, seconds, demo));
        stopped.await();
    }

    private static String banner(Platform platform, long seconds, boolean demo) {
        Platform.Settings s = platform.settings();
        StringBuilder out = new StringBuilder();
        out.append("\nThe mentoring platform is up (").append(seconds).append(" s).\n\n");
        out.append("  Open ").append(s.gatewayUrl()).append("/ in a browser (the web application; log in with a demo login below)\n\n");
        out.append("  Gateway (the API):   ").append(s.gatewayUrl()).append("/api/registry/..., /api/index/..., /api/monitoring/...\n");
        out.append("  Keycloak:            ").append(s.keycloakUrl()).append("  (realm mentoring; admin console: ")
                .append(KeycloakServer.ADMIN_USER).append(" / ").append(KeycloakServer.ADMIN_PASSWORD).append(")\n");
        out.append("  Registry service:    http://localhost:").append(s.registryPort()).append("  (OpenAPI: /v3/api-docs)\n");
        out.append("  School index:        http://localhost:").append(s.indexPort()).append("  (OpenAPI: /v3/api-docs)\n");
        out.append("  Monitoring:          http://localhost:").append(s.monitoringPort()).append("  (OpenAPI: /v3/api-docs)\n");
        out.append("  Web application:     http://localhost:").append(s.webPort()).append("  (open it through the gateway: ").append(s.gatewayUrl()).append("/)\n");
        out.append("  PostgreSQL:          ").append(platform.jdbcUrl()).append("  (postgres / postgres)\n");
        out.append("  Health, metrics:     <service>/actuator/health, <service>/actuator/prometheus\n");
        out.append("  Client secrets:      made for this run only and handed to the services (Keycloak: Clients > <service> > Credentials)\n\n");
        if (demo) {
            out.append("Demo district ").append(DemoDistrict.MUNICIPALITY_NAME).append(" (").append(DemoDistrict.MUNICIPALITY)
                    .append("), password for every login: ").append(DemoDistrict.PASSWORD).append('\n');
            out.append("  coordinator          municipal coordinator\n");
            out.append("  department           education department viewer (counts only)\n");
            out.append("  coordinator-other    coordinator of another district (sees none of these schools)\n");
            out.append("  region               the region's analyst: loads and classifies the index's cohort (nothing else)\n");
            for (DemoDistrict.DemoSchool school : DemoDistrict.SCHOOLS) {
                out.append("  ").append(String.format("%-29s", school.adminLogin())).append("administrator of ").append(school.shortName()).append('\n');
            }
            out.append("\nTry it:\n");
            out.append("  TOKEN=$(curl -s -d grant_type=password -d client_id=mentoring-cli -d username=coordinator -d password=demo \\\n");
            out.append("    ").append(s.keycloakUrl()).append("/realms/mentoring/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
            out.append("  curl -H \"Authorization: Bearer $TOKEN\" ").append(s.gatewayUrl()).append("/api/registry/schools\n");
        }
        out.append("\nPress Ctrl-C to stop everything.\n");
        return out.toString();
    }
}
