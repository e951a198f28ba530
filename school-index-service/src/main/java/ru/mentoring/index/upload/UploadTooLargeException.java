package ru.mentoring.index.upload;

/** A request body over the configured limit: answered 413 before anything is stored. */
public class UploadTooLargeException extends RuntimeException {

    private final long limitBytes;

    public UploadTooLargeException(long limitBytes) {
        super("upload larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
