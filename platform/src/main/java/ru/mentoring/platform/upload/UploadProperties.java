package ru.mentoring.platform.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of every upload a service reads ({@code platform.upload.*}).
 *
 * @param maxSize          the largest body (413 above it), checked against the declared length and
 *                         again while reading
 * @param maxRows          data rows per file (413 above it)
 * @param maxColumns       cells a row may have: the header no wider, and no row wider than its header
 * @param maxCellChars     characters in one cell (Excel's own limit is 32,767)
 * @param minInflateRatio  POI's zip-bomb guard: an XLSX part expanding more than 1/ratio times is refused
 * @param maxEntrySize     the largest expanded part of an XLSX (the sheet's XML)
 * @param maxTextSize      the most characters POI extracts as text from one workbook
 * @param maxByteArray     the largest byte array POI may allocate for one record
 */
@ConfigurationProperties("platform.upload")
public record UploadProperties(DataSize maxSize, Long maxRows, Integer maxColumns, Integer maxCellChars,
        Double minInflateRatio, DataSize maxEntrySize, Long maxTextSize, DataSize maxByteArray) {

    public UploadProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        maxRows = maxRows == null ? 100_000L : maxRows;
        maxColumns = maxColumns == null ? 200 : maxColumns;
        maxCellChars = maxCellChars == null ? 32_767 : maxCellChars;
        minInflateRatio = minInflateRatio == null ? 0.01 : minInflateRatio;
        maxEntrySize = maxEntrySize == null ? DataSize.ofMegabytes(256) : maxEntrySize;
        maxTextSize = maxTextSize == null ? 100_000_000L : maxTextSize;
        maxByteArray = maxByteArray == null ? DataSize.ofMegabytes(100) : maxByteArray;
    }

    /** The defaults, for tests and callers outside Spring. */
    public static UploadProperties defaults() {
        return new UploadProperties(null, null, null, null, null, null, null, null);
    }

    UploadLimits limits() {
        return new UploadLimits(maxRows, maxColumns, maxCellChars);
    }
}
