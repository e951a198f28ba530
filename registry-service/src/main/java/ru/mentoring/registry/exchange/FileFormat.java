package ru.mentoring.registry.exchange;

import java.util.Locale;

import org.springframework.http.MediaType;

import ru.mentoring.platform.upload.UploadException;

/** The two formats a coordinator keeps: Excel workbooks and CSV (UTF-8, «;» as Excel writes it in Russia). */
enum FileFormat {

    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));

    private final String extension;
    private final MediaType mediaType;

    FileFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static FileFormat of(String name) {
        if (name == null || name.isBlank()) {
            return XLSX;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx", "excel" -> XLSX;
            case "csv" -> CSV;
            default -> throw new UploadException(400, "format", "Формат «" + name + "» не поддерживается: xlsx или csv");
        };
    }
}
