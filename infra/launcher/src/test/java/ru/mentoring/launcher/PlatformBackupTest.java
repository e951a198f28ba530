package ru.mentoring.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup of two schemas and the folder's mail written over JDBC and restored into a database made by the
 * same changesets, on real PostgreSQL.
 */
class PlatformBackupTest {

    @TempDir
    Path dir;

    @Test
    void aBackupRestoredIntoTheSameReleasesSchemasGivesBackEveryRowSequenceSecretAndMailFile() throws Exception {
        // the demo's mail sink: one file per message Keycloak sent
        Path mail = Files.createDirectories(dir.resolve("folder/mail"));
        byte[] invitation = "Subject: Приглашение\r\n\r\nВера Павловна, задайте пароль: https://localhost/set?key=1\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(mail.resolve("20261207-101500-1.eml"), invitation);
        Files.writeString(mail.resolve("20261207-101501-2.eml"), "Subject: Второе\r\n");
        try (PostgresServer server = PostgresServer.start(dir.resolve("pg"), 0, false, "pw", false, dir.resolve("logs"))) {
            createDatabases(server, "source", "target");
            try (Connection source = server.database("source").getConnection()) {
                release(source, List.of("1", "2"));
                execute(source, "insert into registry.school (code, name) values ('s-1', 'МБОУ СОШ № 1'), ('s-2', 'Гимназия; \"кавычки\"')",
                        "insert into registry.person (school_code, name) values ('s-1', 'Сохранова'), ('s-2', null)",
                        "insert into keycloak.user_entity values ('u-1', 'admin-s-1')");
            }
            Path file = dir.resolve("backup.zip");
            PlatformBackup.Manifest written;
            try (Connection source = server.database("source").getConnection(); var out = Files.newOutputStream(file)) {
                written = PlatformBackup.write(source, out, "PLATFORM", "db.postgres=secret\n".getBytes(StandardCharsets.UTF_8), mail);
            }
            assertThat(written.schemas().keySet()).containsExactly("keycloak", "registry");
            assertThat(written.schemas().get("registry").tables().get("person").rows()).isEqualTo(2);
            assertThat(written.schemas().get("registry").tables()).doesNotContainKey("databasechangelog");
            assertThat(written.schemas().get("registry").changesets()).containsExactly("1::test::changelog.yaml", "2::test::changelog.yaml");
            assertThat(written.mail()).containsExactly("20261207-101500-1.eml", "20261207-101501-2.eml");

            try (Connection target = server.database("target").getConnection(); ZipFile zip = new ZipFile(file.toFile())) {
                release(target, List.of("1", "2"));
                // what the new folder's first start wrote is replaced, not added to
                execute(target, "insert into registry.school (code, name) values ('fresh', 'made by the first start')");
                PlatformBackup.restore(target, zip);
                assertThat(PlatformBackup.readSecrets(zip)).asString().contains("db.postgres=secret");
                assertThat(query(target, "select string_agg(code || '=' || name, '|' order by code) from registry.school"))
                        .isEqualTo("s-1=МБОУ СОШ № 1|s-2=Гимназия; \"кавычки\"");
                assertThat(query(target, "select string_agg(coalesce(name, '∅'), '|' order by id) from registry.person"))
                        .isEqualTo("Сохранова|∅");
                assertThat(query(target, "select username from keycloak.user_entity")).isEqualTo("admin-s-1");
                // the sequence goes on past the restored rows
                execute(target, "insert into registry.person (school_code, name) values ('s-1', 'Новикова')");
                assertThat(query(target, "select max(id) from registry.person")).isEqualTo("3");

                Path restoredMail = dir.resolve("restored/mail");
                assertThat(PlatformBackup.restoreMail(zip, restoredMail)).isEqualTo(2);
                assertThat(Files.readAllBytes(restoredMail.resolve("20261207-101500-1.eml"))).isEqualTo(invitation);
                assertThat(Files.readString(restoredMail.resolve("20261207-101501-2.eml"))).isEqualTo("Subject: Второе\r\n");
            }
        }
    }

    @Test
    void aBackupOfAnotherReleaseIsRefusedNamingTheChangesetsAndNothingIsChanged() throws Exception {
        try (PostgresServer server = PostgresServer.start(dir.resolve("pg"), 0, false, "pw", false, dir.resolve("logs"))) {
            createDatabases(server, "source", "target");
            Path file = dir.resolve("backup.zip");
            try (Connection source = server.database("source").getConnection(); var out = Files.newOutputStream(file)) {
                release(source, List.of("1"));
                execute(source, "insert into registry.school (code, name) values ('s-1', 'old')");
                PlatformBackup.write(source, out, "PLATFORM", new byte[0], dir.resolve("no-mail-folder"));
            }
            try (Connection target = server.database("target").getConnection(); ZipFile zip = new ZipFile(file.toFile())) {
                release(target, List.of("1", "2"));
                execute(target, "insert into registry.school (code, name) values ('kept', 'kept')");
                assertThatThrownBy(() -> PlatformBackup.restore(target, zip)).isInstanceOf(PlatformBackup.BackupException.class)
                        .hasMessageContaining("another release")
                        .hasMessageContaining("schema registry: changesets of this release, not in the backup: [2::test::changelog.yaml]");
                assertThat(query(target, "select string_agg(code, '|') from registry.school")).isEqualTo("kept");
            }
        }
    }

    @Test
    void aBackupMadeBeforeMailWasBackedUpStillRestoresAndBringsNoMail() throws Exception {
        try (PostgresServer server = PostgresServer.start(dir.resolve("pg"), 0, false, "pw", false, dir.resolve("logs"))) {
            createDatabases(server, "source", "target");
            Path current = dir.resolve("current.zip");
            try (Connection source = server.database("source").getConnection(); var out = Files.newOutputStream(current)) {
                release(source, List.of("1"));
                execute(source, "insert into registry.school (code, name) values ('s-1', 'МБОУ СОШ № 1')");
                PlatformBackup.write(source, out, "DEMO", new byte[0], dir.resolve("no-mail-folder"));
            }
            // the same backup as the launcher wrote it before: no mail entries, no "mail" in the manifest
            Path old = dir.resolve("old.zip");
            try (ZipFile in = new ZipFile(current.toFile()); var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(old))) {
                for (var entry : java.util.Collections.list(in.entries())) {
                    byte[] content = in.getInputStream(entry).readAllBytes();
                    if (entry.getName().equals(PlatformBackup.MANIFEST)) {
                        var json = tools.jackson.databind.json.JsonMapper.builder().build();
                        var manifest = (tools.jackson.databind.node.ObjectNode) json.readTree(content);
                        assertThat(manifest.remove("mail")).isNotNull();
                        content = json.writeValueAsBytes(manifest);
                    }
                    out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
            try (Connection target = server.database("target").getConnection(); ZipFile zip = new ZipFile(old.toFile())) {
                release(target, List.of("1"));
                assertThat(PlatformBackup.readManifest(zip).mail()).isNull();
                PlatformBackup.restore(target, zip);
                assertThat(query(target, "select name from registry.school")).isEqualTo("МБОУ СОШ № 1");
                assertThat(PlatformBackup.restoreMail(zip, dir.resolve("restored/mail"))).isZero();
            }
        }
    }

    @Test
    void theDifferencesNameSchemasAndChangesetsOnEitherSide() {
        PlatformBackup.Manifest backup = new PlatformBackup.Manifest(1, "v1", "2026-12-07", "PLATFORM", Map.of(
                "registry", new PlatformBackup.Schema(List.of("a", "b"), Map.of(), Map.of()),
                "old", new PlatformBackup.Schema(List.of(), Map.of(), Map.of())), List.of());
        assertThat(PlatformBackup.differences(backup, Map.of("registry", List.of("a", "b"), "old", List.of()))).isEmpty();
        assertThat(PlatformBackup.differences(backup, Map.of("registry", List.of("a", "c"), "monitoring", List.of())))
                .containsExactlyInAnyOrder("schema registry: changesets in the backup, not in this release: [b]",
                        "schema registry: changesets of this release, not in the backup: [c]",
                        "schema old: not in this release", "schema monitoring: not in the backup");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnythingIsChanged() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.zip"), "не архив");
        assertThatThrownBy(() -> BackupCommands.manifestOf(text)).isInstanceOf(PlatformBackup.BackupException.class)
                .hasMessageContaining("not a backup of the platform");
        Path zip = dir.resolve("other.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.closeEntry();
        }
        assertThatThrownBy(() -> BackupCommands.manifestOf(zip)).isInstanceOf(PlatformBackup.BackupException.class)
                .hasMessageContaining("has no manifest.json");
        assertThatThrownBy(() -> BackupCommands.manifestOf(dir.resolve("missing.zip"))).hasMessageContaining("does not exist");
    }

    /** What a release's Liquibase would make: two schemas, a foreign key, a sequence, the changelog. */
    private static void release(Connection c, List<String> changesets) throws SQLException {
        execute(c, "create schema registry", "create schema keycloak",
                "create table registry.school (code text primary key, name text not null)",
                "create table registry.person (id bigserial primary key, school_code text not null references registry.school,"
                        + " name text, upper_name text generated always as (upper(name)) stored)",
                "create table keycloak.user_entity (id text primary key, username text)",
                "create table registry.databasechangelog (id text, author text, filename text, orderexecuted int)",
                "create table registry.databasechangeloglock (id int primary key, locked boolean)");
        int order = 1;
        for (String id : changesets) {
            execute(c, "insert into registry.databasechangelog values ('" + id + "', 'test', 'changelog.yaml', " + order++ + ")");
        }
    }

    private static void createDatabases(PostgresServer server, String... names) throws SQLException {
        try (Connection c = server.database("postgres").getConnection()) {
            for (String name : names) {
                execute(c, "create database " + name);
            }
        }
    }

    private static void execute(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
