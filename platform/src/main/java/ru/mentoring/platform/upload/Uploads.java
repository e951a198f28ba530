package ru.mentoring.platform.upload;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The one way a service opens an uploaded table (CSV or XLSX), within the bounds of
 * {@link UploadProperties}: the body's size (declared and counted while reading), rows, columns,
 * characters per cell, and POI's zip-bomb limits for workbooks. The format is taken from the
 * content itself (a ZIP is a workbook), so a mislabelled file is read for what it is or refused.
 */
public class Uploads {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int SNIFF = 64 * 1024;

    private final long maxBytes;
    private final UploadLimits limits;

    public Uploads(UploadProperties properties) {
        this.maxBytes = properties.maxSize().toBytes();
        this.limits = properties.limits();
        guardPoi(properties);
    }

    /**
     * POI's limits are static: whichever service reads a workbook, in whatever way, gets them.
     * The minimum inflate ratio refuses a part that expands more than 1/ratio times (a zip bomb);
     * the entry and text sizes bound what a part may expand to; the byte-array override bounds any
     * single allocation POI makes for a record.
     */
    private static void guardPoi(UploadProperties properties) {
        ZipSecureFile.setMinInflateRatio(properties.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(properties.maxEntrySize().toBytes());
        ZipSecureFile.setMaxTextSize(properties.maxTextSize());
        IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE, properties.maxByteArray().toBytes()));
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Opens a body as a table. The caller closes the table (a workbook's spool file goes with it).
     *
     * @param contentType   the declared type (its charset is used for CSV when given); may be null
     * @param filename      the file's name when it came as a multipart part; may be null
     * @param contentLength the declared length, or -1 for a chunked body (then the limit is
     *                      enforced while reading)
     */
    public UploadedTable open(InputStream body, String contentType, String filename, long contentLength) {
        if (contentLength > maxBytes) {
            throw UploadTooLargeException.bytes(maxBytes);
        }
        MediaType type = mediaType(contentType);
        try {
            BufferedInputStream in = new BufferedInputStream(new LimitedInputStream(body, maxBytes), SNIFF);
            in.mark(SNIFF);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            if (head.length == 0) {
                throw UploadException.unreadable("Файл пустой");
            }
            if (zip(head)) {
                return XlsxTable.open(spool(in), limits);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
                throw UploadException.unreadable("Файл в старом формате Excel (.xls): сохраните его как .xlsx или .csv");
            }
            boolean namedXlsx = filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx");
            if (namedXlsx || type.isCompatibleWith(MediaType.parseMediaType(XLSX))) {
                throw UploadException.unreadable("Файл назван .xlsx, но не является книгой Excel: он повреждён или это другой формат");
            }
            for (byte b : head) {
                if (b == 0) {
                    throw UploadException.unreadable("Файл не является таблицей CSV или XLSX");
                }
            }
            return CsvTable.open(in, charset(type, head), limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    /** The declared charset; else UTF-8 when the start of the file is valid UTF-8, else Windows-1251 (Excel's «CSV» on a Russian Windows). */
    private static Charset charset(MediaType type, byte[] head) {
        try {
            if (type.getCharset() != null) {
                return type.getCharset();
            }
        } catch (IllegalArgumentException e) {
            throw UploadException.unreadable("Неизвестная кодировка в Content-Type: " + type);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = utf8.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false);
        // an underflow leaves at most a sequence cut by the end of the sample: still UTF-8
        return result.isError() ? WINDOWS_1251 : StandardCharsets.UTF_8;
    }

    private static boolean zip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** A ZIP needs random access to its directory: spool it to a file rather than hold it in the heap. */
    private static Path spool(InputStream in) throws IOException {
        Path file = Files.createTempFile("upload-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** Stops a body that declared no length (or lied about it) at the limit. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long read;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw UploadTooLargeException.bytes(limit);
            }
        }
    }
}
