package ru.mentoring.web.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The registry's document answers, as the pages read them. */
final class DocumentsApi {

    private DocumentsApi() {
    }

    record Kind(String kind, String label) {
    }

    record Document(UUID id, String schoolCode, String schoolShortName, String kind, String kindLabel, UUID pairId,
            Boolean extraPay, String fileName, String contentType, long sizeBytes, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    record Missing(List<Kind> requiredKinds, List<MissingRow> schools, int schoolsLacking) {
    }

    record MissingRow(String schoolCode, String shortName, Map<String, Long> documents, List<String> missing, long activePairs,
            long pairsWithoutAgreement) {
    }
}
