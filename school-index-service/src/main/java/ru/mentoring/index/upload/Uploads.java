package ru.mentoring.index.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import ru.mentoring.platform.web.DomainRuleException;

/** Opens a request body as a table by its content type, within the size limit. */
@Component
public class Uploads {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final long maxBytes;

    public Uploads(UploadProperties properties) {
        this.maxBytes = properties.maxSize().toBytes();
    }

    /**
     * @param contentLength the declared length, or -1 for a chunked body (then the limit is
     *                      enforced while reading)
     */
    public UploadedTable open(String contentType, long contentLength, InputStream body) throws IOException {
        if (contentLength > maxBytes) {
            throw new UploadTooLargeException(maxBytes);
        }
        MediaType type = contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
        InputStream limited = new LimitedInputStream(body, maxBytes);
        if (type.isCompatibleWith(MediaType.parseMediaType(XLSX))) {
            // a ZIP needs random access to its directory: spool it rather than hold it in the heap
            Path file = Files.createTempFile("index-upload-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                limited.transferTo(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return XlsxTable.open(file);
        }
        if (type.isCompatibleWith(MediaType.parseMediaType(CSV))) {
            Charset charset;
            try {
                charset = type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
            } catch (IllegalArgumentException e) {
                throw DomainRuleException.unprocessable("Content-Type", "Неизвестная кодировка в Content-Type: " + contentType);
            }
            return CsvTable.open(limited, charset);
        }
        throw DomainRuleException.unprocessable("Content-Type", "Ожидается text/csv или XLSX");
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
                throw new UploadTooLargeException(limit);
            }
        }
    }
}
