package ru.mentoring.launcher;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup of the platform's database in one zip, written and read over JDBC (the launcher's
 * PostgreSQL has no {@code pg_dump}, and a new user's machine has only a JDK): every schema of the
 * database (each service's and Keycloak's, so the realm, its users and their credentials come back
 * too), table by table as {@code COPY ... (FORMAT binary)}, every sequence's position, the data
 * folder's secrets (the restored realm's client secrets and the database roles' passwords must stay
 * those of the folder), and {@value #MANIFEST}: the format, the platform's version, the date, the
 * folder's kind, each schema's Liquibase changesets and each table's columns and row count. The
 * folder's mail (the demo's mail sink keeps the invitations Keycloak sent there, one file each) goes
 * in too, under {@value #MAIL}, and comes back with the restore.
 *
 * <p>The backup is one {@code REPEATABLE READ} read-only transaction: a consistent snapshot of a
 * running platform. The restore goes into a database whose schemas the same release made (its
 * Liquibase and Keycloak): it refuses a backup whose changesets differ, then in one transaction
 * truncates every table, fills it ({@code session_replication_role = replica}: no foreign-key or
 * other trigger fires while tables are filled in any order) and sets the sequences; anything that
 * fails rolls it all back.
 */
final class PlatformBackup {

    static final String MANIFEST = "manifest.json";
    static final String SECRETS = "secrets.properties";
    /** The zip's folder of the data folder's mail files. */
    static final String MAIL = "mail/";
    static final int FORMAT = 1;
    /** Liquibase's own tables: the changelog is compared, not restored; the lock belongs to the running release. */
    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PlatformBackup() {
    }

    /**
     * What a backup holds; the schemas in name order.
     *
     * @param mail the mail folder's files (paths within it, {@code /}-separated); null in a backup made
     *             before mail was backed up, which restores as before (the format did not change for it)
     */
    record Manifest(int format, String platformVersion, String createdAt, String kind, Map<String, Schema> schemas,
            List<String> mail) {
    }

    /** A schema's applied Liquibase changesets ({@code id::author::file}, in the order applied), tables and sequences. */
    record Schema(List<String> changesets, Map<String, Table> tables, Map<String, SequenceState> sequences) {
    }

    record Table(List<String> columns, long rows) {
    }

    record SequenceState(long lastValue, boolean called) {
    }

    /** The backup refused, or failed: the message says why, for the person running it. */
    static final class BackupException extends RuntimeException {

        BackupException(String message) {
            super(message);
        }

        BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Writes the database {@code connection} is open on to {@code out} as a zip, in one consistent
     * snapshot, with the files of {@code mailFolder} (none when it does not exist); returns the manifest.
     * The connection is left as it was found, outside a transaction.
     */
    static Manifest write(Connection connection, OutputStream out, String kind, byte[] secrets, Path mailFolder)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Schema> schemas = new TreeMap<>();
            for (String schema : schemas(connection)) {
                Map<String, Table> tables = new TreeMap<>();
                for (Map.Entry<String, List<String>> table : tables(connection, schema).entrySet()) {
                    if (LIQUIBASE_TABLES.contains(table.getKey())) {
                        continue;
                    }
                    zip.putNextEntry(new ZipEntry(entryName(schema, table.getKey())));
                    long rows = copy.copyOut("copy " + qualified(schema, table.getKey()) + " (" + columnList(table.getValue())
                            + ") to stdout (format binary)", new NotClosing(zip));
                    zip.closeEntry();
                    tables.put(table.getKey(), new Table(table.getValue(), rows));
                }
                schemas.put(schema, new Schema(changesets(connection, schema), tables, sequences(connection, schema)));
            }
            connection.commit();
            zip.putNextEntry(new ZipEntry(SECRETS));
            zip.write(secrets);
            zip.closeEntry();
            List<String> mail = writeMail(zip, mailFolder);
            Manifest manifest = new Manifest(FORMAT, platformVersion(), OffsetDateTime.now(ZoneOffset.UTC).toString(), kind, schemas,
                    mail);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            return manifest;
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    static Manifest readManifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new BackupException(zip.getName() + " is not a backup of the platform (it has no " + MANIFEST + ")");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            Manifest manifest = JSON.readValue(in, Manifest.class);
            if (manifest.format() != FORMAT) {
                throw new BackupException(zip.getName() + " is a backup of format " + manifest.format() + ", this launcher reads format "
                        + FORMAT);
            }
            return manifest;
        }
    }

    /** The mail folder's regular files into the zip, under {@value #MAIL}; their paths within it, in name order. */
    private static List<String> writeMail(ZipOutputStream zip, Path folder) throws IOException {
        List<String> written = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return written;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                continue; // removed while the backup ran
            }
            zip.putNextEntry(new ZipEntry(MAIL + name));
            zip.write(content);
            zip.closeEntry();
            written.add(name);
        }
        return written;
    }

    /**
     * Writes the backup's mail files into {@code folder} (made if needed); returns how many. A backup
     * without mail (made before mail was backed up) restores none.
     */
    static int restoreMail(ZipFile zip, Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        int restored = 0;
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
            if (entry.isDirectory() || !entry.getName().startsWith(MAIL) || entry.getName().length() == MAIL.length()) {
                continue;
            }
            Path target = root.resolve(entry.getName().substring(MAIL.length())).normalize();
            if (!target.startsWith(root)) {
                throw new BackupException("the backup's mail entry " + entry.getName() + " points outside the mail folder: the backup is damaged");
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            restored++;
        }
        return restored;
    }

    static byte[] readSecrets(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(SECRETS);
        if (entry == null) {
            throw new BackupException(zip.getName() + " has no " + SECRETS);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    /**
     * Restores {@code zip} into the database {@code connection} is open on (as its owner, a
     * superuser), whose schemas this release made: all of it in one transaction, or nothing.
     */
    static void restore(Connection connection, ZipFile zip) throws SQLException, IOException {
        Manifest manifest = readManifest(zip);
        Map<String, List<String>> release = new TreeMap<>();
        for (String schema : schemas(connection)) {
            release.put(schema, changesets(connection, schema));
        }
        List<String> differences = differences(manifest, release);
        if (!differences.isEmpty()) {
            throw new BackupException("the backup was made by another release of the platform (" + manifest.platformVersion() + ", "
                    + manifest.createdAt() + ") than this one (" + platformVersion() + "); restore it with that release, or"
                    + " upgrade a platform restored there. Differences:\n  " + String.join("\n  ", differences));
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            // no trigger fires (foreign keys are triggers): the tables are filled in any order, and checked as a whole below
            s.execute("set local session_replication_role = replica");
            List<String> all = new ArrayList<>();
            for (String schema : release.keySet()) {
                for (String table : tables(connection, schema).keySet()) {
                    if (!LIQUIBASE_TABLES.contains(table)) {
                        all.add(qualified(schema, table));
                    }
                }
            }
            if (!all.isEmpty()) {
                s.execute("truncate " + String.join(", ", all));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, Schema> schema : manifest.schemas().entrySet()) {
                Map<String, List<String>> present = tables(connection, schema.getKey());
                for (Map.Entry<String, Table> table : schema.getValue().tables().entrySet()) {
                    List<String> columns = present.get(table.getKey());
                    if (columns == null || !columns.equals(table.getValue().columns())) {
                        throw new BackupException("the table " + qualified(schema.getKey(), table.getKey())
                                + " of the backup does not match this release's (columns " + table.getValue().columns() + " there, "
                                + columns + " here)");
                    }
                    ZipEntry entry = zip.getEntry(entryName(schema.getKey(), table.getKey()));
                    if (entry == null) {
                        throw new BackupException("the backup lacks the data of " + qualified(schema.getKey(), table.getKey()));
                    }
                    long rows;
                    try (InputStream in = zip.getInputStream(entry)) {
                        rows = copy.copyIn("copy " + qualified(schema.getKey(), table.getKey()) + " (" + columnList(columns)
                                + ") from stdin (format binary)", in);
                    }
                    if (rows != table.getValue().rows()) {
                        throw new BackupException(qualified(schema.getKey(), table.getKey()) + ": " + rows + " rows read, the manifest says "
                                + table.getValue().rows());
                    }
                }
                for (Map.Entry<String, SequenceState> sequence : schema.getValue().sequences().entrySet()) {
                    try (PreparedStatement p = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                        p.setString(1, qualified(schema.getKey(), sequence.getKey()));
                        p.setLong(2, sequence.getValue().lastValue());
                        p.setBoolean(3, sequence.getValue().called());
                        p.execute();
                    }
                }
            }
            s.execute("set local session_replication_role = origin");
            checkForeignKeys(connection);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * What keeps a backup from this release's database: schemas only one side has, and each
     * schema's changesets applied on one side only (empty: the same release).
     */
    static List<String> differences(Manifest backup, Map<String, List<String>> release) {
        List<String> differences = new ArrayList<>();
        Set<String> schemas = new LinkedHashSet<>(backup.schemas().keySet());
        schemas.addAll(release.keySet());
        for (String schema : schemas) {
            Schema theirs = backup.schemas().get(schema);
            List<String> ours = release.get(schema);
            if (theirs == null) {
                differences.add("schema " + schema + ": not in the backup");
                continue;
            }
            if (ours == null) {
                differences.add("schema " + schema + ": not in this release");
                continue;
            }
            List<String> onlyBackup = new ArrayList<>(theirs.changesets());
            onlyBackup.removeAll(ours);
            List<String> onlyRelease = new ArrayList<>(ours);
            onlyRelease.removeAll(theirs.changesets());
            if (!onlyBackup.isEmpty()) {
                differences.add("schema " + schema + ": changesets in the backup, not in this release: " + onlyBackup);
            }
            if (!onlyRelease.isEmpty()) {
                differences.add("schema " + schema + ": changesets of this release, not in the backup: " + onlyRelease);
            }
        }
        return differences;
    }

    /** The launcher's version (the jar's manifest), or "development" when run from classes. */
    static String platformVersion() {
        String version = PlatformBackup.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }

    /** The platform's schemas: every one but PostgreSQL's own. */
    private static List<String> schemas(Connection c) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select nspname from pg_namespace
                where nspname not like 'pg\\_%' and nspname <> 'information_schema'
                  and (nspname <> 'public' or exists (select 1 from pg_class where relnamespace = pg_namespace.oid and relkind in ('r', 'S')))
                order by nspname""")) {
            while (r.next()) {
                schemas.add(r.getString(1));
            }
        }
        return schemas;
    }

    /** A schema's tables (name order) and their stored columns (generated ones are computed again, not copied). */
    private static Map<String, List<String>> tables(Connection c, String schema) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("""
                select t.relname, a.attname from pg_class t
                join pg_namespace n on n.oid = t.relnamespace
                join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                where n.nspname = ? and t.relkind = 'r'
                order by t.relname, a.attnum""")) {
            p.setString(1, schema);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    tables.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        return tables;
    }

    private static List<String> changesets(Connection c, String schema) throws SQLException {
        List<String> changesets = new ArrayList<>();
        try (PreparedStatement exists = c.prepareStatement("select to_regclass(?) is not null")) {
            exists.setString(1, qualified(schema, "databasechangelog"));
            try (ResultSet r = exists.executeQuery()) {
                r.next();
                if (!r.getBoolean(1)) {
                    return changesets;
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id, author, filename from "
                + qualified(schema, "databasechangelog") + " order by orderexecuted")) {
            while (r.next()) {
                changesets.add(r.getString(1) + "::" + r.getString(2) + "::" + r.getString(3));
            }
        }
        return changesets;
    }

    private static Map<String, SequenceState> sequences(Connection c, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select sequencename from pg_sequences where schemaname = ? order by sequencename")) {
            p.setString(1, schema);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        Map<String, SequenceState> sequences = new LinkedHashMap<>();
        for (String name : names) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select last_value, is_called from " + qualified(schema, name))) {
                r.next();
                sequences.put(name, new SequenceState(r.getLong(1), r.getBoolean(2)));
            }
        }
        return sequences;
    }

    /**
     * Every foreign key holds on the restored data (the triggers that check them were off while
     * filling): a backup is a consistent snapshot, so this fails only on a damaged file.
     */
    private static void checkForeignKeys(Connection c) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select con.conname, con.conrelid::regclass::text, con.confrelid::regclass::text,
                       (select string_agg(quote_ident(a.attname), ',' order by k.n) from unnest(con.conkey) with ordinality k(attnum, n)
                          join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum),
                       (select string_agg(quote_ident(a.attname), ',' order by k.n) from unnest(con.confkey) with ordinality k(attnum, n)
                          join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum)
                from pg_constraint con join pg_namespace n on n.oid = con.connamespace
                where con.contype = 'f' and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'""")) {
            while (r.next()) {
                keys.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
            }
        }
        for (String[] key : keys) {
            String[] from = key[3].split(",");
            String[] to = key[4].split(",");
            StringBuilder join = new StringBuilder();
            StringBuilder notNull = new StringBuilder();
            for (int i = 0; i < from.length; i++) {
                join.append(i == 0 ? "" : " and ").append("p.").append(to[i]).append(" = c.").append(from[i]);
                notNull.append(" and c.").append(from[i]).append(" is not null");
            }
            String sql = "select 1 from " + key[1] + " c where true" + notNull + " and not exists (select 1 from " + key[2] + " p where "
                    + join + ") limit 1";
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                if (r.next()) {
                    throw new BackupException("the restored " + key[1] + " breaks its foreign key " + key[0] + ": the backup is damaged");
                }
            }
        }
    }

    private static String entryName(String schema, String table) {
        return "data/" + schema + "/" + table + ".copy";
    }

    private static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(PlatformBackup::quote).toList());
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The zip's stream for one entry: COPY closes what it wrote to, the zip must stay open. */
    private static final class NotClosing extends FilterOutputStream {

        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
