package ru.mentoring.registry.document;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A document as lists show it (never its bytes).
 *
 * @param schoolShortName the school it belongs to (for an additional agreement, the mentor's)
 * @param pairId          the pair of an additional agreement; null for a school's document
 * @param extraPay        an additional agreement: whether it sets extra pay; null otherwise
 * @param contentType     as found in the content
 */
record DocumentView(UUID id, String schoolCode, String schoolShortName, DocumentKind kind, String kindLabel, UUID pairId,
        Boolean extraPay, String fileName, String contentType, long sizeBytes, String uploadedBy, OffsetDateTime uploadedAt) {

    static DocumentView of(StoredDocument d, String schoolShortName) {
        return new DocumentView(d.getId(), d.getSchoolCode(), schoolShortName, d.getKind(), d.getKind().label(), d.getPairId(),
                d.getExtraPay(), d.getFileName(), d.getContentType(), d.getSizeBytes(), d.getUploadedBy(), d.getUploadedAt());
    }
}
