package ru.mentoring.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.platform.db.DatabaseRoles;
import ru.mentoring.platform.db.EmbeddedDatabaseProperties;

/**
 * The upgrade from the last tagged release, for a service's Spring test: in a database of its own on
 * the embedded PostgreSQL, the service's schema as that release made it (the current changelog run
 * up to the release's {@code tagDatabase}), filled with the data that release wrote (its dump, the
 * format of {@code ./run-platform --backup}, in {@value #FOLDER}); the service's context then starts
 * on it and runs the current changelogs, as an upgrade does. The last release is the dump whose
 * name, {@code v<year>.<month>.<n>.zip}, is the highest version.
 */
public final class LastRelease {

    static final String FOLDER = "releases";
    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.(\\d+)\\.(\\d+)\\.zip");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LastRelease() {
    }

    /** A release: its tag and its dump. */
    public record Release(String tag, Resource dump) {
    }

    /** The last release: the dump with the highest version in {@value #FOLDER} on the class path. */
    public static Release find() {
        try {
            Resource[] dumps = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "/v*.zip");
            Resource last = null;
            for (Resource dump : dumps) {
                if (VERSION.matcher(dump.getFilename()).matches() && (last == null || byVersion().compare(dump, last) > 0)) {
                    last = dump;
                }
            }
            if (last == null) {
                throw new IllegalStateException("no release dump (" + FOLDER + "/v<year>.<month>.<n>.zip) on the class path");
            }
            return new Release(last.getFilename().replaceFirst("\\.zip$", ""), last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Comparator<Resource> byVersion() {
        return Comparator.comparing((Resource r) -> version(r, 1)).thenComparing(r -> version(r, 2)).thenComparing(r -> version(r, 3));
    }

    private static int version(Resource dump, int part) {
        Matcher m = VERSION.matcher(dump.getFilename());
        return m.matches() ? Integer.parseInt(m.group(part)) : -1;
    }

    /**
     * Makes the database {@code release_<schema>} with the last release's schema and data, and returns
     * the properties that start the service on it (the owner migrates, the application role queries).
     * Fails when the changesets up to the release's tag are not those the dump was made with (a
     * change file sorted before the release's end, or a changeset edited after the release).
     */
    public static Map<String, String> prepare(String schema) {
        Release release = find();
        Map<String, Object> embedded = EmbeddedDatabaseProperties.start(null).getSource();
        String serverUrl = (String) embedded.get("spring.datasource.url");
        String user = (String) embedded.get("spring.datasource.username");
        String password = (String) embedded.get("spring.datasource.password");
        String database = "release_" + schema;
        String url = serverUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        try {
            try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
                s.execute("create database " + database);
            }
            Path dump = Files.createTempFile("release-", ".zip");
            try (InputStream in = release.dump().getInputStream()) {
                Files.copy(in, dump, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (ZipFile zip = new ZipFile(dump.toFile());
                    Connection c = DriverManager.getConnection(DatabaseRoles.migrationUrl(url), user, password)) {
                JsonNode manifest;
                try (InputStream in = zip.getInputStream(zip.getEntry("manifest.json"))) {
                    manifest = JSON.readTree(in);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("create schema " + schema);
                }
                migrateUpTo(c, schema, release.tag());
                List<String> built = changesets(c, schema);
                List<String> dumped = new ArrayList<>();
                manifest.get("schemas").get(schema).get("changesets").forEach(n -> dumped.add(withoutFile(n.asString())));
                if (!built.equals(dumped)) {
                    throw new IllegalStateException("the changelog up to " + release.tag() + " is not what the release ran: " + built
                            + " here, " + dumped + " in its dump (a change file sorted before the release's end, or a changeset edited?)");
                }
                load(c, zip, schema, manifest.get("schemas").get(schema));
            } finally {
                Files.deleteIfExists(dump);
            }
        } catch (SQLException | IOException | liquibase.exception.LiquibaseException e) {
            throw new IllegalStateException("could not prepare " + release.tag() + "'s " + schema + " schema: " + e.getMessage(), e);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        // the embedded database's own migration address was derived before these properties: the release's database instead
        properties.put("spring.liquibase.url", DatabaseRoles.migrationUrl(url));
        properties.put("spring.liquibase.user", user);
        properties.put("spring.liquibase.password", password);
        properties.put("spring.datasource.username", DatabaseRoles.defaultAppRole(schema));
        properties.put("spring.datasource.password", DatabaseRoles.defaultAppRole(schema));
        return properties;
    }

    @SuppressWarnings("deprecation") // Liquibase's update-to-tag through the classic API: one call, the classpath's changelog
    private static void migrateUpTo(Connection c, String schema, String tag) throws liquibase.exception.LiquibaseException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
        database.setDefaultSchemaName(schema);
        database.setLiquibaseSchemaName(schema);
        new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database).update(tag, new Contexts(), new LabelExpression());
    }

    private static List<String> changesets(Connection c, String schema) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select id, author from " + schema + ".databasechangelog order by orderexecuted")) {
            while (r.next()) {
                ids.add(r.getString(1) + "::" + r.getString(2));
            }
        }
        return ids;
    }

    /** {@code id::author::file} as {@code id::author}: the file's path depends on how Liquibase found the changelog. */
    private static String withoutFile(String changeset) {
        int last = changeset.lastIndexOf("::");
        return changeset.indexOf("::") == last ? changeset : changeset.substring(0, last);
    }

    /** The schema's tables and sequences from the dump, as the launcher's restore does, triggers off while filling. */
    private static void load(Connection c, ZipFile zip, String schema, JsonNode dumped) throws SQLException, IOException {
        c.setAutoCommit(false);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        List<String> tables = new ArrayList<>();
        dumped.get("tables").properties().forEach(t -> tables.add(schema + ".\"" + t.getKey() + "\""));
        try (Statement s = c.createStatement()) {
            s.execute("set local session_replication_role = replica");
            // what the changesets themselves inserted (seeds) is in the dump too: replaced, not doubled
            s.execute("truncate " + String.join(", ", tables));
        }
        for (Map.Entry<String, JsonNode> table : dumped.get("tables").properties()) {
            List<String> columns = new ArrayList<>();
            table.getValue().get("columns").forEach(n -> columns.add("\"" + n.asString() + "\""));
            ZipEntry entry = zip.getEntry("data/" + schema + "/" + table.getKey() + ".copy");
            try (InputStream in = zip.getInputStream(entry)) {
                long rows = copy.copyIn("copy " + schema + ".\"" + table.getKey() + "\" (" + String.join(", ", columns)
                        + ") from stdin (format binary)", in);
                if (rows != table.getValue().get("rows").asLong()) {
                    throw new IllegalStateException(table.getKey() + ": " + rows + " rows loaded, the dump has " + table.getValue().get("rows"));
                }
            }
        }
        for (Map.Entry<String, JsonNode> sequence : dumped.get("sequences").properties()) {
            try (PreparedStatement p = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                p.setString(1, schema + ".\"" + sequence.getKey() + "\"");
                p.setLong(2, sequence.getValue().get("lastValue").asLong());
                p.setBoolean(3, sequence.getValue().get("called").asBoolean());
                p.execute();
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
