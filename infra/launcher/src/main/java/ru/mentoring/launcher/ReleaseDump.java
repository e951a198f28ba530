package ru.mentoring.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A release's dump for the upgrade tests (docs/reliability.md): a backup ({@link PlatformBackup}) of
 * a platform this release wrote, without Keycloak's schema and without the folder's secrets: what
 * the services' upgrade tests load into the release's schemas.
 */
public final class ReleaseDump {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReleaseDump() {
    }

    /** Writes {@code dump} from {@code backup}: the services' schemas only. */
    public static void write(Path backup, Path dump) throws IOException {
        try (ZipFile in = new ZipFile(backup.toFile()); OutputStream file = Files.newOutputStream(dump);
                ZipOutputStream out = new ZipOutputStream(file)) {
            ObjectNode manifest;
            try (InputStream m = in.getInputStream(in.getEntry(PlatformBackup.MANIFEST))) {
                manifest = (ObjectNode) JSON.readTree(m);
            }
            ((ObjectNode) manifest.get("schemas")).remove(KeycloakServer.DB_SCHEMA);
            manifest.remove("mail"); // the folder's mail stays out of a dump, as its secrets do
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.startsWith("data/") || name.startsWith("data/" + KeycloakServer.DB_SCHEMA + "/")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(PlatformBackup.MANIFEST));
            out.write(JSON.writeValueAsBytes(manifest));
            out.closeEntry();
        }
    }
}
