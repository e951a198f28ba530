package ru.mentoring.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The folder that holds one platform's data on this machine: PostgreSQL's data directory (the
 * services' schemas and Keycloak's), the generated secrets, and what the folder is
 * ({@value #STATE_FILE}: the demo district or a real platform, whether its first start finished).
 * One launcher at a time holds it (a file lock); a folder that holds data is never loaded into,
 * and a demo folder is never started as a real platform, nor the other way round.
 */
final class DataFolder implements AutoCloseable {

    /** What a folder holds; fixed at its first start. */
    enum Kind {
        /** The demo district, loaded once into the new folder (its logins share the password {@code demo}). */
        DEMO,
        /** A real platform: the realm without demo users, nothing loaded. */
        PLATFORM
    }

    static final String STATE_FILE = "platform.properties";
    static final String SECRETS_FILE = "secrets.properties";
    /** The demo's mail sink writes the messages Keycloak sent here (the platform's backup keeps them). */
    static final String MAIL_FOLDER = "mail";
    private static final String LOCK_FILE = ".lock";
    private static final String KIND = "kind";
    private static final String INITIALISED = "postgres.initialised";
    private static final String DEMO_LOADED = "demo.loaded";

    private final Path root;
    private final Kind kind;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Properties state;

    private DataFolder(Path root, Kind kind, FileChannel lockChannel, FileLock lock, Properties state) {
        this.root = root;
        this.kind = kind;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.state = state;
    }

    /** {@code $XDG_DATA_HOME/mentoring-platform}, else {@code ~/.local/share/mentoring-platform}. */
    static Path defaultParent() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("mentoring-platform");
    }

    /** The folder of a kind when {@code --data} is not given: {@code platform/} or {@code demo/} under {@link #defaultParent()}. */
    static Path defaultFor(Kind kind) {
        return defaultParent().resolve(kind == Kind.DEMO ? "demo" : "platform");
    }

    /**
     * Opens (and on first use makes) the folder for a platform of {@code kind}, holding it until
     * {@link #close()}; refuses, with a message for the person starting it, a folder in use, a
     * folder of the other kind, a folder that is not ours, or PostgreSQL data of another major version.
     */
    static DataFolder open(Path root, Kind kind, int postgresMajor) throws IOException {
        root = root.toAbsolutePath().normalize();
        Path stateFile = root.resolve(STATE_FILE);
        if (Files.isDirectory(root) && !Files.exists(stateFile) && !isEmpty(root)) {
            throw new RefusedException(root + " is not empty and is not a platform's data folder (it has no " + STATE_FILE
                    + "): choose an empty or new folder with --data=<folder>");
        }
        if (!Files.isDirectory(root)) {
            // the owner's only: it holds the secrets and every person's data
            Files.createDirectories(root.getParent());
            Files.createDirectory(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        FileChannel channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new RefusedException("another ./run-platform is using " + root + " (stop it first)");
        }
        try {
            Properties state = new Properties();
            if (Files.exists(stateFile)) {
                try (InputStream in = Files.newInputStream(stateFile)) {
                    state.load(in);
                }
                Kind existing = Kind.valueOf(state.getProperty(KIND, Kind.PLATFORM.name()));
                if (existing != kind) {
                    throw new RefusedException(existing == Kind.DEMO
                            ? root + " holds the demo district (its logins share the password demo), not a platform: start it with"
                                    + " --demo, or give the platform another folder with --data=<folder>"
                            : root + " holds a platform's data: --demo loads the demo district only into a new, empty folder"
                                    + " (the default demo folder, or --data=<another folder>); nothing was loaded or changed");
                }
            } else {
                state.setProperty(KIND, kind.name());
            }
            DataFolder folder = new DataFolder(root, kind, channel, lock, state);
            folder.checkPostgresVersion(postgresMajor);
            folder.save();
            return folder;
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** What the folder at {@code root} holds, read without opening it; empty when it is not a platform's data folder. */
    static java.util.Optional<Kind> kindOf(Path root) throws IOException {
        Path stateFile = root.resolve(STATE_FILE);
        if (!Files.isRegularFile(stateFile)) {
            return java.util.Optional.empty();
        }
        Properties state = new Properties();
        try (InputStream in = Files.newInputStream(stateFile)) {
            state.load(in);
        }
        return java.util.Optional.of(Kind.valueOf(state.getProperty(KIND, Kind.PLATFORM.name())));
    }

    /** Whether a launcher holds the folder now (its platform runs). */
    static boolean inUse(Path root) throws IOException {
        Path lockFile = root.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true; // held by this very process
        }
    }

    /** Moves the folder aside as {@code <folder>.<yyyyMMdd-HHmmss>}, never deleting it; returns where it went. */
    static Path moveAside(Path root) throws IOException {
        root = root.toAbsolutePath().normalize();
        Path aside = root.resolveSibling(root.getFileName() + "." + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.move(root, aside);
        return aside;
    }

    private void checkPostgresVersion(int expectedMajor) throws IOException {
        Path version = postgres().resolve("PG_VERSION");
        if (!initialised()) {
            // a first start that never finished (killed during initdb): nothing was ever written, start over
            if (Files.isDirectory(postgres()) && !isEmpty(postgres())) {
                Path aside = moveAside(postgres());
                System.err.println("PostgreSQL's first start in " + root + " did not finish; its folder was moved aside to " + aside);
            }
            return;
        }
        if (!Files.isRegularFile(version)) {
            throw new RefusedException(postgres() + " has no PG_VERSION: PostgreSQL's data is missing or damaged (restore a backup,"
                    + " or --reset to start with an empty platform)");
        }
        String found = Files.readString(version).trim();
        if (!found.equals(Integer.toString(expectedMajor))) {
            throw new RefusedException("the data in " + postgres() + " was made by PostgreSQL " + found + ", this launcher runs PostgreSQL "
                    + expectedMajor + ": it will not start on it. Dump it with PostgreSQL " + found + "'s pg_dump and restore the dump"
                    + " into a new folder (see README, Data and backups)");
        }
    }

    Path root() {
        return root;
    }

    Kind kind() {
        return kind;
    }

    /** PostgreSQL's data directory. */
    Path postgres() {
        return root.resolve("postgres");
    }

    Path secretsFile() {
        return root.resolve(SECRETS_FILE);
    }

    /** The child processes of the running launcher, so that the next start can stop them after a crash. */
    Path processesFile() {
        return root.resolve("processes");
    }

    /** PostgreSQL has started once in this folder: its data is to be kept, never initialised again. */
    boolean initialised() {
        return Boolean.parseBoolean(state.getProperty(INITIALISED));
    }

    void markInitialised() {
        state.setProperty(INITIALISED, "true");
        save();
    }

    boolean demoLoaded() {
        return Boolean.parseBoolean(state.getProperty(DEMO_LOADED));
    }

    void markDemoLoaded() {
        state.setProperty(DEMO_LOADED, "true");
        save();
    }

    private void save() {
        Path file = root.resolve(STATE_FILE);
        Path tmp = root.resolve(STATE_FILE + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                state.store(out, "what this data folder holds; written by the launcher");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            System.err.println("while releasing " + root.resolve(LOCK_FILE) + ": " + e);
        }
    }

    /** The launcher will not start on this folder; the message says why and what to do. */
    static final class RefusedException extends RuntimeException {

        RefusedException(String message) {
            super(message);
        }
    }
}
