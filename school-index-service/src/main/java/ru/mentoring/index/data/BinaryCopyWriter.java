package ru.mentoring.index.data;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.UUID;

import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format, written to a {@code COPY ... FROM STDIN (FORMAT BINARY)}
 * in blocks of 64 KiB. Binary rather than text because the server then takes a double's eight bytes
 * as they are instead of parsing its decimal text (a measurable share of loading 800,000 values), and
 * the exact value the file gave arrives: no decimal round trip. Only the types the value tables use.
 */
final class BinaryCopyWriter {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, // flags: no OIDs
            0, 0, 0, 0}; // no header extension

    private final CopyIn copy;
    private final byte[] buffer = new byte[1 << 16];
    private int length;

    BinaryCopyWriter(CopyIn copy) throws SQLException {
        this.copy = copy;
        bytes(HEADER);
    }

    /** Starts a row of the given number of columns. */
    BinaryCopyWriter row(int columns) throws SQLException {
        room(2);
        buffer[length++] = (byte) (columns >>> 8);
        buffer[length++] = (byte) columns;
        return this;
    }

    BinaryCopyWriter uuid(UUID value) throws SQLException {
        room(20);
        putInt(16);
        putLong(value.getMostSignificantBits());
        putLong(value.getLeastSignificantBits());
        return this;
    }

    BinaryCopyWriter int4(int value) throws SQLException {
        room(8);
        putInt(4);
        putInt(value);
        return this;
    }

    BinaryCopyWriter float8(double value) throws SQLException {
        room(12);
        putInt(8);
        putLong(Double.doubleToRawLongBits(value));
        return this;
    }

    /** A text column already encoded in UTF-8 (the connection's client encoding). */
    BinaryCopyWriter text(byte[] utf8) throws SQLException {
        room(4);
        putInt(utf8.length);
        return bytes(utf8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The trailer and the last block; returns the rows the server stored. */
    long end() throws SQLException {
        room(2);
        buffer[length++] = (byte) 0xFF;
        buffer[length++] = (byte) 0xFF;
        flush();
        return copy.endCopy();
    }

    private BinaryCopyWriter bytes(byte[] bytes) throws SQLException {
        if (bytes.length > buffer.length - length) {
            flush();
            if (bytes.length > buffer.length) {
                copy.writeToCopy(bytes, 0, bytes.length);
                return this;
            }
        }
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        return this;
    }

    private void room(int bytes) throws SQLException {
        if (buffer.length - length < bytes) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    private void putInt(int v) {
        buffer[length++] = (byte) (v >>> 24);
        buffer[length++] = (byte) (v >>> 16);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }
}
