package ru.mentoring.platform.upload;

import java.util.List;

import ru.mentoring.platform.web.DomainRuleException;

/**
 * A file refused as a whole: not a table at all (400) or too large (413, see
 * {@link UploadTooLargeException}). Answered as problem details with {@code errors: [{field, reason}]}.
 */
public class UploadException extends DomainRuleException {

    public UploadException(int status, String field, String reason) {
        super(status, reason, List.of(new Violation(field, reason)));
    }

    /** 400: the body cannot be read as CSV or XLSX (damaged, another format, no header). */
    public static UploadException unreadable(String reason) {
        return new UploadException(400, "file", reason);
    }
}
