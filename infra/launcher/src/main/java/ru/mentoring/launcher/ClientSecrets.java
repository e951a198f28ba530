package ru.mentoring.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The secrets of one data folder: the confidential clients' secrets and the database passwords,
 * made here from {@link SecureRandom} at the folder's first start and kept in its
 * {@code secrets.properties} (owner-only, 0600), because Keycloak keeps the clients (imported
 * once, with these secrets) and PostgreSQL the roles in the same folder. Each service gets its
 * secret in its environment ({@code PLATFORM_KEYCLOAK_CLIENT_SECRET}, not on the command line
 * where {@code ps} shows it). None is in the repository, so reading it opens nothing.
 */
public final class ClientSecrets {

    /** The services with a confidential client of the same name (the gateway has none). */
    static final List<String> SERVICES = List.of("registry-service", "school-index-service", "monitoring-service");
    /** The web application's confidential client (authorization code with PKCE). */
    static final String WEB_CLIENT = "mentoring-web";
    /** PostgreSQL's superuser: owns the services' schemas (Liquibase runs as it). */
    static final String DB_SUPERUSER = "db.postgres";
    /** Keycloak's own role, owner of the schema {@code keycloak}. */
    static final String DB_KEYCLOAK = "db.keycloak";
    /** The services' application roles ({@code <schema>_app}), held to row-level security. */
    static final String DB_APP = "db.app";

    private final Map<String, String> secrets;

    private ClientSecrets(Map<String, String> secrets) {
        this.secrets = Map.copyOf(secrets);
    }

    static ClientSecrets generate() {
        SecureRandom random = new SecureRandom();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String name : Stream.of(SERVICES.stream(), Stream.of(WEB_CLIENT, DB_SUPERUSER, DB_KEYCLOAK, DB_APP))
                .flatMap(s -> s).toList()) {
            secrets.put(name, random(random));
        }
        return new ClientSecrets(secrets);
    }

    /** A new random secret (32 bytes, URL-safe Base64). */
    static String random(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The folder's secrets: read from {@code file}, or made and written there (0600) when it does not exist yet. */
    static ClientSecrets loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            Properties stored = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                stored.load(in);
            }
            Map<String, String> secrets = new LinkedHashMap<>();
            stored.stringPropertyNames().forEach(name -> secrets.put(name, stored.getProperty(name)));
            ClientSecrets loaded = new ClientSecrets(secrets);
            ClientSecrets complete = generate();
            for (String name : complete.secrets.keySet()) {
                if (!loaded.has(name)) {
                    throw new IllegalStateException(file + " has no " + name + ": restore it from the folder's backup");
                }
            }
            return loaded;
        }
        ClientSecrets made = generate();
        Properties out = new Properties();
        made.secrets.forEach(out::setProperty);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream stream = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
            out.store(stream, "the platform's secrets (clients, database roles): keep with the data, show no one");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return made;
    }

    /** The secret of a confidential client of this platform. */
    public String of(String clientId) {
        if (clientId.startsWith("db.")) {
            throw new IllegalArgumentException(clientId + " is not a client");
        }
        String secret = secrets.get(clientId);
        if (secret == null) {
            throw new IllegalArgumentException("no confidential client " + clientId);
        }
        return secret;
    }

    /** A database role's password ({@link #DB_SUPERUSER}, {@link #DB_KEYCLOAK}, {@link #DB_APP}). */
    String database(String role) {
        String secret = secrets.get(role);
        if (secret == null || !role.startsWith("db.")) {
            throw new IllegalArgumentException("no database role " + role);
        }
        return secret;
    }

    /** The confidential client a module of the platform logs in with: a service's own name, {@code mentoring-web} for web. */
    static String clientOf(String module) {
        return "web".equals(module) ? WEB_CLIENT : module;
    }

    boolean has(String clientId) {
        return secrets.containsKey(clientId);
    }
}
