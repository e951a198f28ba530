package ru.mentoring.index.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest CSV or XLSX body accepted (413 above it); 40,000 schools × 20
 *                indicators for a year is about 40 MB of CSV, so 200 MB leaves room
 */
@ConfigurationProperties("index.upload")
public record UploadProperties(DataSize maxSize) {

    public UploadProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(200) : maxSize;
    }
}
