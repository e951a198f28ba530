package ru.mentoring.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;

/**
 * {@code ./run-platform}: the platform on this machine until Ctrl-C (or SIGTERM), its data kept in
 * a folder from run to run. Arguments (see {@link #USAGE}): {@code --home=<project root>} (default:
 * the working directory), {@code --demo}, {@code --data=<folder>}, {@code --reset}, {@code --yes},
 * {@code --gateway-port=}, {@code --keycloak-port=}, {@code --postgres-port=}.
 */
public final class LocalPlatform {

    static final String USAGE = """
            ./run-platform [--demo] [--data=<folder>] [--reset [--yes]] [--rebuild] [--backup=<file> | --restore=<file>]
              (no option)        the platform, its data kept in %s
              --demo             the demo district, in its own folder %s: loaded at the folder's first start,
                                 later starts keep everything written since; refused on a folder with a platform's data
              --data=<folder>    keep the data in <folder> instead
              --reset            move the folder aside (<folder>.<date-time>, nothing is deleted) and start empty; asks first
              --yes              with --reset: do not ask
              --gateway-port=N, --keycloak-port=N, --postgres-port=N   other ports (the services take the gateway's next four)
              --rebuild          build the jars first even when the sources did not change
              --backup=<file>    write a backup of the folder (running or stopped) to <file>, then exit: every schema
                                 (the services' and Keycloak's: users, passwords, organizations) and the folder's secrets
              --restore=<file>   restore a backup of this release into a new folder (or with --reset), then start;
                                 the folder's kind (demo or platform) is the backup's
            """;

    private LocalPlatform() {
    }

    private record Options(Path home, boolean demo, Path data, boolean reset, boolean yes, int gatewayPort, int keycloakPort,
            int postgresPort, Path backup, Path restore) {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(usage());
            System.exit(2);
            return;
        }
        boolean demo = options.demo();
        PlatformBackup.Manifest restoring = null;
        if (options.restore() != null) {
            try {
                restoring = BackupCommands.manifestOf(options.restore());
            } catch (IOException | RuntimeException e) {
                System.err.println("Not restored: " + e.getMessage());
                System.exit(4);
                return;
            }
            // the backup says what the folder holds
            demo = DataFolder.Kind.valueOf(restoring.kind()) == DataFolder.Kind.DEMO;
        }
        DataFolder.Kind kind = demo ? DataFolder.Kind.DEMO : DataFolder.Kind.PLATFORM;
        Path data = (options.data() != null ? options.data() : DataFolder.defaultFor(kind)).toAbsolutePath().normalize();
        if (options.backup() != null) {
            System.exit(backup(data, options));
            return;
        }
        if (options.reset() && !reset(data, options.yes())) {
            System.exit(1);
            return;
        }
        String instance = options.gatewayPort() == 8080 ? "local" : "local-" + options.gatewayPort();
        Platform.Settings settings = new Platform.Settings(options.home(),
                options.home().resolve("infra/launcher/target/keycloak/keycloak-quarkus-dist.zip"),
                Platform.Settings.defaultCacheDir(), instance, options.gatewayPort(), options.keycloakPort(), options.postgresPort(),
                demo, data, List.of());
        if (restoring != null) {
            try {
                BackupCommands.restore(settings, options.restore());
            } catch (DataFolder.RefusedException e) {
                System.err.println("Not restored: " + e.getMessage());
                System.exit(3);
                return;
            } catch (IOException | RuntimeException e) {
                System.err.println(e.getMessage());
                System.exit(4);
                return;
            }
        }

        Instant begin = Instant.now();
        System.out.println("Starting PostgreSQL, Keycloak, registry, school index, monitoring, the web application and the gateway...");
        System.out.println("(data: " + data + "; logs: " + settings.logDir() + ")");
        Platform platform = Platform.create(settings);
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                System.out.println("\nStopping the gateway, the services, Keycloak and PostgreSQL...");
                platform.close();
                System.out.println("Stopped; the data is in " + data);
            }
        };
        // Ctrl-C and SIGTERM stop everything in order; the JVM's own handling would run every shutdown
        // hook at once (zonky's stops PostgreSQL while the services still write)
        for (String signal : List.of("INT", "TERM")) {
            Signal.handle(new Signal(signal), s -> new Thread(() -> {
                stop.run();
                System.exit(0);
            }, "platform-stop").start());
        }
        // any other exit (an error) still stops what was started
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "platform-stop-hook"));
        try {
            platform.begin();
        } catch (DataFolder.RefusedException e) {
            System.err.println("Not started: " + e.getMessage());
            System.exit(3);
            return;
        } catch (RuntimeException e) {
            if (stopping.get()) {
                Thread.currentThread().join();
            }
            System.err.println("The platform did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        long seconds = Duration.between(begin, Instant.now()).toSeconds();
        System.out.println(banner(platform, seconds));
        if (restoring != null) {
            System.out.println("This folder was restored from " + options.restore() + " (made " + restoring.createdAt() + "): every"
                    + " user, Keycloak's administrator too, logs in with the password they had then.\n");
        }
        Thread.currentThread().join();
    }

    /** {@code --backup}: the exit status (0 written, 4 not). */
    private static int backup(Path data, Options options) {
        Instant begin = Instant.now();
        try {
            Path logs = options.home().resolve(".platform").resolve("backup").resolve("logs");
            PlatformBackup.Manifest manifest = BackupCommands.backup(data, options.backup(), logs);
            long tables = manifest.schemas().values().stream().mapToLong(s -> s.tables().size()).sum();
            long rows = manifest.schemas().values().stream().flatMap(s -> s.tables().values().stream())
                    .mapToLong(PlatformBackup.Table::rows).sum();
            System.out.println("Backup written to " + options.backup().toAbsolutePath().normalize() + " in "
                    + Duration.between(begin, Instant.now()).toSeconds() + " s: schemas " + manifest.schemas().keySet() + ", " + tables
                    + " tables, " + rows + " rows. It holds every person's data and the folder's secrets: keep it as safe as the folder.");
            return 0;
        } catch (IOException | java.sql.SQLException | RuntimeException e) {
            System.err.println("No backup written: " + e.getMessage());
            return 4;
        }
    }

    private static String usage() {
        return USAGE.formatted(DataFolder.defaultFor(DataFolder.Kind.PLATFORM), DataFolder.defaultFor(DataFolder.Kind.DEMO));
    }

    private static Options parse(String[] args) {
        Path home = Path.of("").toAbsolutePath();
        boolean demo = false;
        Path data = null;
        boolean reset = false;
        boolean yes = false;
        int gateway = 8080;
        int keycloak = 8180;
        int postgres = 15432;
        Path backup = null;
        Path restore = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--home=")) {
                home = Path.of(arg.substring("--home=".length())).toAbsolutePath();
            } else if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]);
            } else if (arg.equals("--reset")) {
                reset = true;
            } else if (arg.equals("--yes")) {
                yes = true;
            } else if (arg.startsWith("--gateway-port=")) {
                gateway = port(arg);
            } else if (arg.startsWith("--keycloak-port=")) {
                keycloak = port(arg);
            } else if (arg.startsWith("--postgres-port=")) {
                postgres = port(arg);
            } else if (arg.startsWith("--backup=")) {
                backup = Path.of(arg.substring("--backup=".length()));
            } else if (arg.equals("--backup") && i + 1 < args.length) {
                backup = Path.of(args[++i]);
            } else if (arg.startsWith("--restore=")) {
                restore = Path.of(arg.substring("--restore=".length()));
            } else if (arg.equals("--restore") && i + 1 < args.length) {
                restore = Path.of(args[++i]);
            } else if (arg.equals("--no-demo")) {
                throw new IllegalArgumentException("--no-demo is gone: ./run-platform alone is the platform without the demo district");
            } else {
                throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (backup != null && (restore != null || reset)) {
            throw new IllegalArgumentException("--backup goes alone (with --data or --demo to say which folder)");
        }
        if (restore != null && demo) {
            throw new IllegalArgumentException("--restore takes the folder's kind from the backup: leave out --demo");
        }
        return new Options(home, demo, data, reset, yes, gateway, keycloak, postgres, backup, restore);
    }

    private static int port(String arg) {
        try {
            return Integer.parseInt(arg.substring(arg.indexOf('=') + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + arg);
        }
    }

    /** Moves the folder aside after the person confirmed it (or {@code --yes}); false when they did not. */
    private static boolean reset(Path data, boolean yes) {
        if (!Files.exists(data)) {
            return true;
        }
        if (!yes) {
            System.out.print("--reset moves " + data + " aside (to " + data.getFileName() + ".<date-time>, nothing is deleted)"
                    + " and starts an empty platform. Type yes to go on: ");
            System.out.flush();
            String answer;
            try {
                answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                answer = null;
            }
            if (answer == null || !answer.trim().equalsIgnoreCase("yes")) {
                System.err.println("Not reset, not started.");
                return false;
            }
        }
        try {
            Path aside = DataFolder.moveAside(data);
            System.out.println("Moved the old data to " + aside);
            return true;
        } catch (IOException e) {
            System.err.println("Could not move " + data + " aside: " + e.getMessage());
            return false;
        }
    }

    private static String banner(Platform platform, long seconds) {
        Platform.Settings s = platform.settings();
        StringBuilder out = new StringBuilder();
        out.append("\nThe mentoring platform is up (").append(seconds).append(" s).\n\n");
        out.append("  Open ").append(s.gatewayUrl()).append("/ in a browser (the web application)\n\n");
        out.append("  Gateway (the API):   ").append(s.gatewayUrl()).append("/api/registry/..., /api/index/..., /api/monitoring/...\n");
        out.append("  Keycloak:            ").append(s.keycloakUrl()).append("  (realm mentoring; admin console ").append(s.keycloakUrl())
                .append("/admin/)\n");
        out.append("  Registry service:    http://localhost:").append(s.registryPort()).append("  (OpenAPI: /v3/api-docs)\n");
        out.append("  School index:        http://localhost:").append(s.indexPort()).append("  (OpenAPI: /v3/api-docs)\n");
        out.append("  Monitoring:          http://localhost:").append(s.monitoringPort()).append("  (OpenAPI: /v3/api-docs)\n");
        out.append("  Web application:     http://localhost:").append(s.webPort()).append("  (open it through the gateway: ").append(s.gatewayUrl()).append("/)\n");
        out.append("  PostgreSQL:          ").append(platform.jdbcUrl()).append("  (user postgres; its password is in ")
                .append(platform.dataDir().resolve(DataFolder.SECRETS_FILE)).append(")\n");
        out.append("  Health, metrics:     <service>/actuator/health, <service>/actuator/prometheus\n");
        out.append("  Data (back it up):   ").append(platform.dataDir()).append("  (PostgreSQL, with Keycloak's users; see README, Data and backups)\n\n");
        platform.keycloakAdminPassword().ifPresentOrElse(
                password -> out.append("Keycloak's administrator (master realm): ").append(KeycloakServer.ADMIN_USER).append(" / ")
                        .append(password).append("\n  made for this data folder now and shown only this once: note it, or add a permanent")
                        .append(" administrator in the admin console\n\n"),
                () -> out.append("Keycloak's administrator: ").append(KeycloakServer.ADMIN_USER)
                        .append(", with the password shown at this folder's first start\n\n"));
        if (s.demo()) {
            out.append(platform.demoLoadedNow() ? "The demo district was loaded into this new folder.\n"
                    : "The demo district was loaded at this folder's first start; everything written since is kept.\n");
            out.append("Demo district ").append(DemoDistrict.MUNICIPALITY_NAME).append(" (").append(DemoDistrict.MUNICIPALITY)
                    .append("), password for every login: ").append(DemoDistrict.PASSWORD).append('\n');
            out.append("  coordinator          municipal coordinator\n");
            out.append("  department           education department viewer (counts only)\n");
            out.append("  coordinator-other    coordinator of another district (sees none of these schools)\n");
            out.append("  region               the region's analyst: loads and classifies the index's cohort (nothing else)\n");
            for (DemoDistrict.DemoSchool school : DemoDistrict.SCHOOLS) {
                out.append("  ").append(String.format("%-29s", school.adminLogin())).append("administrator of ").append(school.shortName()).append('\n');
            }
            out.append("  ").append(String.format("%-29s", DemoDistrict.MENTOR_LOGIN))
                    .append("a mentor in their own account: their pair of ").append(ownAccountsSchool()).append(" (order № 15) only\n");
            out.append("  ").append(String.format("%-29s", DemoDistrict.MENTEE_LOGIN))
                    .append("the mentee of that pair in their own account\n");
            out.append("  (the mentor's and mentee's demo password is the demo's only: a real one is linked by the school and\n")
                    .append("   invited by e-mail to set their own password, which nobody else sees; the demo's invitations\n")
                    .append("   are kept in ").append(platform.mailFolder()).append(")\n");
            out.append("\nTry it:\n");
            out.append("  TOKEN=$(curl -s -d grant_type=password -d client_id=mentoring-cli -d username=coordinator -d password=demo \\\n");
            out.append("    ").append(s.keycloakUrl()).append("/realms/mentoring/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
            out.append("  curl -H \"Authorization: Bearer $TOKEN\" ").append(s.gatewayUrl()).append("/api/registry/schools\n");
        } else {
            out.append("No one can log in to the platform yet: create its first coordinator in Keycloak's admin console\n")
                    .append("  (realm mentoring > Users > Create new user, attribute municipality = the district's code,\n")
                    .append("   Role mapping: coordinator, Credentials: a password); see README, The platform's first coordinator.\n")
                    .append("  The coordinator registers the schools and their administrators in the web application or the API.\n");
        }
        out.append("\nPress Ctrl-C to stop everything (the data stays in ").append(platform.dataDir()).append(").\n");
        return out.toString();
    }

    private static String ownAccountsSchool() {
        return DemoDistrict.SCHOOLS.stream().filter(school -> school.code().equals(DemoDistrict.OWN_ACCOUNTS_SCHOOL))
                .map(DemoDistrict.DemoSchool::shortName).findFirst().orElse(DemoDistrict.OWN_ACCOUNTS_SCHOOL);
    }
}
