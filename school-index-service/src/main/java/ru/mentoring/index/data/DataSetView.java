package ru.mentoring.index.data;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a year's values.
 *
 * @param uploadedBy   the uploader's {@code preferred_username}; null for data loaded before versions existed
 * @param fileName     from {@code ?fileName=} or, without it, the {@code Content-Disposition} filename; may be null
 * @param checksum     SHA-256 of the request body as received, lower-case hex; null for data loaded before versions
 * @param supersededAt when it last stopped being current (the retention period counts from here)
 * @param runs         how many stored classification runs read it (such a data set is never deleted)
 */
public record DataSetView(UUID id, ValueKind kind, int year, String uploadedBy, OffsetDateTime uploadedAt, String fileName,
        long rows, int schools, String checksum, boolean current, OffsetDateTime supersededAt, long runs) {
}
