package ru.mentoring.registry.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The formats a document may have, told by the content alone (the name and the declared type are the sender's word):
 * PDF, PNG and JPEG by their signatures; DOCX and XLSX as a ZIP whose {@code [Content_Types].xml} declares the main
 * part of a Word document or an Excel workbook, and that part is there. Anything else (an .exe or a .txt renamed
 * .pdf, an old .doc, a macro-enabled .docm) is refused.
 */
enum DocumentFormat {

    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    static final String ALLOWED = "PDF, DOCX, XLSX, PNG или JPEG";

    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    /** [Content_Types].xml is a few kilobytes; read no more of it than this, whatever the ZIP claims. */
    private static final int MAX_CONTENT_TYPES = 1024 * 1024;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mediaType;
    private final List<String> extensions;

    DocumentFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    /** The file name as given, with this format's extension added when it has another (or none). */
    String nameWithExtension(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extensions.contains(extension) ? name : name + "." + extensions.getFirst();
    }

    /** The format of the content, or empty when it is none of the allowed ones. */
    static Optional<DocumentFormat> of(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes())) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    /**
     * A ZIP read through its central directory (a file, since {@link ZipFile} needs one): only the content types are
     * inflated, and only up to {@link #MAX_CONTENT_TYPES}, so a ZIP bomb costs nothing.
     */
    private static Optional<DocumentFormat> officeDocument(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("document-", ".zip");
            try (OutputStream out = Files.newOutputStream(file)) {
                new ByteArrayInputStream(content).transferTo(out);
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry types = zip.getEntry("[Content_Types].xml");
                if (types == null) {
                    return Optional.empty();
                }
                byte[] xml;
                try (InputStream in = zip.getInputStream(types)) {
                    xml = in.readNBytes(MAX_CONTENT_TYPES + 1);
                }
                if (xml.length > MAX_CONTENT_TYPES) {
                    return Optional.empty();
                }
                for (Element override : overrides(xml)) {
                    String type = override.getAttribute("ContentType");
                    DocumentFormat format = DOCX_MAIN.equals(type) ? DOCX : XLSX_MAIN.equals(type) ? XLSX : null;
                    String part = override.getAttribute("PartName");
                    if (format != null && part.startsWith("/") && zip.getEntry(part.substring(1)) != null) {
                        return Optional.of(format);
                    }
                }
                return Optional.empty();
            }
        } catch (ZipException | SAXException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file of the system's temp directory; nothing else to do
                }
            }
        }
    }

    private static List<Element> overrides(byte[] xml) throws SAXException, IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // no DTD, no external entities: the XML is the uploader's
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            NodeList nodes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getElementsByTagName("Override");
            return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
