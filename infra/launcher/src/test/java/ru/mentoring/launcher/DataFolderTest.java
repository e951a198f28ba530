package ru.mentoring.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFolderTest {

    static final int MAJOR = 17;

    @TempDir
    Path dir;

    @Test
    void aDemoFolderIsNeverStartedAsAPlatformNorAPlatformsFolderAsTheDemo() throws Exception {
        Path demo = dir.resolve("demo");
        try (DataFolder folder = DataFolder.open(demo, DataFolder.Kind.DEMO, MAJOR)) {
            Files.createDirectories(folder.postgres());
            Files.writeString(folder.postgres().resolve("PG_VERSION"), "17\n");
            folder.markInitialised();
            folder.markDemoLoaded();
        }
        assertThatThrownBy(() -> DataFolder.open(demo, DataFolder.Kind.PLATFORM, MAJOR))
                .isInstanceOf(DataFolder.RefusedException.class).hasMessageContaining("holds the demo district");

        Path platform = dir.resolve("platform");
        DataFolder.open(platform, DataFolder.Kind.PLATFORM, MAJOR).close();
        assertThatThrownBy(() -> DataFolder.open(platform, DataFolder.Kind.DEMO, MAJOR))
                .isInstanceOf(DataFolder.RefusedException.class).hasMessageContaining("only into a new, empty folder");

        try (DataFolder again = DataFolder.open(demo, DataFolder.Kind.DEMO, MAJOR)) {
            assertThat(again.demoLoaded()).isTrue();
        }
    }

    @Test
    void aFolderInUseByAnotherLauncherIsRefused() throws Exception {
        try (DataFolder first = DataFolder.open(dir.resolve("p"), DataFolder.Kind.PLATFORM, MAJOR)) {
            // a lock of another process: FileChannel locks are per process, so one held in this JVM throws instead
            assertThatThrownBy(() -> DataFolder.open(dir.resolve("p"), DataFolder.Kind.PLATFORM, MAJOR)).isNotNull();
        }
        DataFolder.open(dir.resolve("p"), DataFolder.Kind.PLATFORM, MAJOR).close();
    }

    @Test
    void aFolderThatIsNotOursAndNotEmptyIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> DataFolder.open(dir, DataFolder.Kind.PLATFORM, MAJOR))
                .isInstanceOf(DataFolder.RefusedException.class).hasMessageContaining("not a platform's data folder");
        assertThat(dir.resolve(DataFolder.STATE_FILE)).doesNotExist();
    }

    @Test
    void dataOfAnotherPostgresMajorVersionIsRefusedNotInitialisedAgain() throws Exception {
        Path root = dir.resolve("p");
        try (DataFolder folder = DataFolder.open(root, DataFolder.Kind.PLATFORM, MAJOR)) {
            Files.createDirectories(folder.postgres());
            Files.writeString(folder.postgres().resolve("PG_VERSION"), "16\n");
            folder.markInitialised();
        }
        assertThatThrownBy(() -> DataFolder.open(root, DataFolder.Kind.PLATFORM, MAJOR))
                .isInstanceOf(DataFolder.RefusedException.class).hasMessageContaining("made by PostgreSQL 16")
                .hasMessageContaining("runs PostgreSQL 17");
        assertThat(Files.readString(root.resolve("postgres/PG_VERSION"))).isEqualTo("16\n");
    }

    @Test
    void aFirstStartThatNeverFinishedIsMovedAsideAndStartedOver() throws Exception {
        Path root = dir.resolve("p");
        DataFolder.open(root, DataFolder.Kind.PLATFORM, MAJOR).close();
        Files.createDirectories(root.resolve("postgres"));
        Files.writeString(root.resolve("postgres/PG_VERSION"), "17\n");
        try (DataFolder folder = DataFolder.open(root, DataFolder.Kind.PLATFORM, MAJOR)) {
            assertThat(folder.postgres()).doesNotExist();
        }
        try (var siblings = Files.list(root)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("postgres."));
        }
    }

    @Test
    void aNewFolderIsTheOwnersOnly() throws Exception {
        Path root = dir.resolve("new/platform");
        DataFolder.open(root, DataFolder.Kind.PLATFORM, MAJOR).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwx------");
    }

    @Test
    void resetMovesTheFolderAsideWithATimestampAndDeletesNothing() throws Exception {
        Path root = dir.resolve("platform");
        DataFolder.open(root, DataFolder.Kind.PLATFORM, MAJOR).close();
        Path aside = DataFolder.moveAside(root);
        assertThat(root).doesNotExist();
        assertThat(aside.getFileName().toString()).matches("platform\\.\\d{8}-\\d{6}");
        assertThat(aside.resolve(DataFolder.STATE_FILE)).exists();
    }

    @Test
    void theSecretsAreMadeOnceKeptOwnerOnlyAndReadBackTheSame() throws Exception {
        Path file = dir.resolve(DataFolder.SECRETS_FILE);
        ClientSecrets made = ClientSecrets.loadOrCreate(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        ClientSecrets read = ClientSecrets.loadOrCreate(file);
        for (String service : ClientSecrets.SERVICES) {
            assertThat(read.of(service)).isEqualTo(made.of(service)).hasSizeGreaterThanOrEqualTo(43);
        }
        assertThat(read.database(ClientSecrets.DB_SUPERUSER)).isEqualTo(made.database(ClientSecrets.DB_SUPERUSER))
                .isNotEqualTo(made.database(ClientSecrets.DB_APP));
    }

    @Test
    void aFoldersKindAndWhetherALauncherHoldsItAreReadWithoutOpeningIt() throws Exception {
        Path demo = dir.resolve("demo");
        assertThat(DataFolder.kindOf(demo)).isEmpty();
        assertThat(DataFolder.inUse(demo)).isFalse();
        try (DataFolder folder = DataFolder.open(demo, DataFolder.Kind.DEMO, MAJOR)) {
            assertThat(DataFolder.inUse(demo)).isTrue();
        }
        assertThat(DataFolder.inUse(demo)).isFalse();
        assertThat(DataFolder.kindOf(demo)).contains(DataFolder.Kind.DEMO);
    }
}
