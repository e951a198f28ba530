package ru.mentoring.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * {@code ./run-platform --backup FILE} and {@code --restore FILE}: {@link PlatformBackup} applied to a
 * data folder. A backup reads a running platform's PostgreSQL (its port in {@code postmaster.pid},
 * the folder's superuser password) or, on a stopped folder, starts PostgreSQL alone for it. A
 * restore goes only into a new (or {@code --reset}) folder: a first start of this release makes
 * the schemas (the services' Liquibase, Keycloak's) with the backup's secrets, everything is stopped,
 * PostgreSQL alone takes the backup's data in one transaction, the mail folder its files; then the
 * platform starts as usual.
 * A restore that fails removes the folder it made: nothing half-restored is left.
 */
final class BackupCommands {

    private BackupCommands() {
    }

    /** Writes a backup of the folder {@code data} to {@code file} (replaced only once complete); returns its manifest. */
    static PlatformBackup.Manifest backup(Path data, Path file, Path logDir) throws IOException, SQLException {
        DataFolder.Kind kind = DataFolder.kindOf(data).orElseThrow(() -> new PlatformBackup.BackupException(
                data + " is not a platform's data folder (it has no " + DataFolder.STATE_FILE + "): give the folder with --data=<folder>"));
        Path secretsFile = data.resolve(DataFolder.SECRETS_FILE);
        byte[] secrets = Files.readAllBytes(secretsFile);
        String password = ClientSecrets.loadOrCreate(secretsFile).database(ClientSecrets.DB_SUPERUSER);
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        // the backup holds every person's data and the folder's secrets: the owner's only, written aside, then moved in place
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(part);
        Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            PlatformBackup.Manifest manifest;
            if (DataFolder.inUse(data)) {
                int port = runningPort(data);
                System.out.println("The platform on " + data + " is running: backing up its PostgreSQL (port " + port + ") in one snapshot...");
                Properties login = new Properties();
                login.setProperty("user", "postgres");
                login.setProperty("password", password);
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + Platform.DATABASE, login);
                        OutputStream out = Files.newOutputStream(part)) {
                    manifest = PlatformBackup.write(c, out, kind.name(), secrets, data.resolve(DataFolder.MAIL_FOLDER));
                }
            } else {
                System.out.println("The platform on " + data + " is stopped: starting its PostgreSQL alone for the backup...");
                try (DataFolder folder = DataFolder.open(data, kind, PostgresServer.binariesMajorVersion());
                        PostgresServer postgres = PostgresServer.start(folder.postgres(), 0, true, password, false, logDir);
                        Connection c = postgres.database(Platform.DATABASE).getConnection();
                        OutputStream out = Files.newOutputStream(part)) {
                    manifest = PlatformBackup.write(c, out, kind.name(), secrets, data.resolve(DataFolder.MAIL_FOLDER));
                }
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The port of the folder's running PostgreSQL: the fourth line of its {@code postmaster.pid}. */
    private static int runningPort(Path data) throws IOException {
        Path pid = data.resolve("postgres").resolve("postmaster.pid");
        List<String> lines = Files.exists(pid) ? Files.readAllLines(pid) : List.of();
        if (lines.size() < 4) {
            throw new PlatformBackup.BackupException("the platform on " + data + " is starting or stopping (its PostgreSQL is not up):"
                    + " try again in a minute");
        }
        return Integer.parseInt(lines.get(3).trim());
    }

    /** The backup's manifest, read before anything is changed (a file that is not a backup is refused at once). */
    static PlatformBackup.Manifest manifestOf(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new PlatformBackup.BackupException(file + " does not exist");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return PlatformBackup.readManifest(zip);
        } catch (java.util.zip.ZipException e) {
            throw new PlatformBackup.BackupException(file + " is not a backup of the platform (not a zip file)");
        }
    }

    /**
     * Restores {@code file} into the new folder of {@code settings}, leaving it ready for a usual
     * start; on failure removes the folder and throws.
     */
    static void restore(Platform.Settings settings, Path file) throws IOException {
        Path data = settings.dataDir();
        if (Files.exists(data) && !isEmpty(data)) {
            throw new DataFolder.RefusedException(data + " holds data: --restore goes only into a new folder (--data=<new folder>),"
                    + " or add --reset to move this one aside first (nothing is deleted)");
        }
        DataFolder.Kind kind = settings.demo() ? DataFolder.Kind.DEMO : DataFolder.Kind.PLATFORM;
        Instant begin = Instant.now();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            // the backup's secrets first: the restored realm's client secrets and the roles' passwords are the old folder's
            try (DataFolder folder = DataFolder.open(data, kind, PostgresServer.binariesMajorVersion())) {
                Files.write(folder.secretsFile(), PlatformBackup.readSecrets(zip));
                Files.setPosixFilePermissions(folder.secretsFile(), PosixFilePermissions.fromString("rw-------"));
            }
            System.out.println("Restoring " + file + ": a first start makes this release's schemas...");
            Platform schemas = Platform.create(settings);
            schemas.forRestore();
            Thread stopOnExit = new Thread(schemas::close, "restore-stop-hook");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            try {
                schemas.begin();
            } finally {
                schemas.close();
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            }
            System.out.println("...stopped again; PostgreSQL alone takes the backup's data...");
            String password = ClientSecrets.loadOrCreate(data.resolve(DataFolder.SECRETS_FILE)).database(ClientSecrets.DB_SUPERUSER);
            try (DataFolder folder = DataFolder.open(data, kind, PostgresServer.binariesMajorVersion());
                    PostgresServer postgres = PostgresServer.start(folder.postgres(), settings.postgresPort(), true, password, false,
                            settings.logDir());
                    Connection c = postgres.database(Platform.DATABASE).getConnection()) {
                PlatformBackup.restore(c, zip);
            }
            int mail = PlatformBackup.restoreMail(zip, data.resolve(DataFolder.MAIL_FOLDER));
            if (mail > 0) {
                System.out.println("..." + mail + " mail file(s) back in " + data.resolve(DataFolder.MAIL_FOLDER) + ".");
            }
        } catch (IOException | SQLException | RuntimeException e) {
            KeycloakServer.deleteTree(data);
            String why = e instanceof SQLException ? "the database refused it: " + e.getMessage() : e.getMessage();
            throw new PlatformBackup.BackupException("Not restored: " + why + "\nThe folder " + data
                    + " that the restore made was removed; nothing else was changed.", e);
        }
        System.out.println("Restored " + file + " into " + data + " in " + Duration.between(begin, Instant.now()).toSeconds() + " s.");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
