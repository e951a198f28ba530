package ru.mentoring.platform.upload;

/** 413: the body, its rows or a workbook's expanded parts are over the limits; nothing is stored. */
public class UploadTooLargeException extends UploadException {

    public UploadTooLargeException(String reason) {
        super(413, "file", reason);
    }

    /** The body is over {@code limitBytes}. */
    public static UploadTooLargeException bytes(long limitBytes) {
        return new UploadTooLargeException(bytesReason(limitBytes));
    }

    /** "Файл больше 10 МБ: разделите его на части" (the limit in bytes when it is under a megabyte). */
    public static String bytesReason(long limitBytes) {
        if (limitBytes <= 0) {
            return "Файл больше допустимого размера: разделите его на части";
        }
        long megabytes = limitBytes / (1024 * 1024);
        String limit = megabytes > 0 && limitBytes % (1024 * 1024) == 0 ? megabytes + " МБ"
                : limitBytes >= 1024 && limitBytes % 1024 == 0 ? limitBytes / 1024 + " КБ" : limitBytes + " байт";
        return "Файл больше " + limit + ": разделите его на части";
    }
}
