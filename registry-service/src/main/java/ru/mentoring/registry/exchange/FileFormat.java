package ru.mentoring.registry.exchange;

import java.util.Locale;

import org.springframework.http.MediaType;

/** The two formats a coordinator keeps: Excel workbooks and CSV (UTF-8, «;» as Excel writes it in Russia). */
public enum FileFormat {

    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));

    private final String extension;
    private final MediaType mediaType;

    FileFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public static FileFormat of(String name) {
        if (name == null || name.isBlank()) {
            return XLSX;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx", "excel" -> XLSX;
            case "csv" -> CSV;
            default -> throw new MalformedFileException("format", "Формат «" + name + "» не поддерживается: xlsx или csv");
        };
    }

    /** An upload's format: a ZIP signature is a workbook, anything else is read as CSV text. */
    static FileFormat sniff(byte[] head, String filename) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            throw new MalformedFileException("file", "Файл в старом формате Excel (.xls): сохраните его как .xlsx или .csv");
        }
        if (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new MalformedFileException("file", "Файл назван .xlsx, но не является книгой Excel: он повреждён или это другой формат");
        }
        return CSV;
    }
}
