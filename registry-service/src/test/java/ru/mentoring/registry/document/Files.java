package ru.mentoring.registry.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Tiny but real files of each format, built in the test (the smallest a reader accepts as what they are). */
final class Files {

    private Files() {
    }

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        // a 1×1 image: signature, IHDR, IDAT, IEND
        return java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
            (byte) 0xFF, (byte) 0xD9};
    }

    static byte[] docx() {
        return office("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
    }

    static byte[] xlsx() {
        return office("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
    }

    /** A ZIP that says it is a Word document but has no document part. */
    static byte[] docxWithoutMainPart() {
        return zip(contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml"),
                "docProps/app.xml", "<Properties/>");
    }

    /** A plain ZIP archive (no content types at all). */
    static byte[] plainZip() {
        return zip(null, "readme.txt", "hello");
    }

    /** A Windows executable's first bytes. */
    static byte[] exe() {
        byte[] b = new byte[128];
        b[0] = 'M';
        b[1] = 'Z';
        return b;
    }

    static byte[] text() {
        return "Приказ № 12 от 01.09.2026".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] office(String mainType, String part, String xml) {
        return zip(contentTypes(mainType, "/" + part), part, xml);
    }

    private static String contentTypes(String mainType, String partName) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="%s" ContentType="%s"/>
                </Types>""".formatted(partName, mainType);
    }

    private static byte[] zip(String contentTypes, String part, String xml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (contentTypes != null) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(contentTypes.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(part));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
