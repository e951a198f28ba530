package ru.mentoring.platform.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request body as it passes by: SHA-256 over every byte read, so that a checksum is that of the
 * bytes received, whatever the reader made of them (the index's data sets; the body of a request
 * sent with an {@code Idempotency-Key}).
 */
public final class ReceivedBytes extends FilterInputStream {

    private final MessageDigest digest;

    public ReceivedBytes(InputStream body) {
        super(body);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must be digested too
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Reads what the table reader left (a trailing blank line, say) and returns the checksum, hex. */
    public String finish() {
        try {
            transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the body is already consumed or closed: the digest covers what was received
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
