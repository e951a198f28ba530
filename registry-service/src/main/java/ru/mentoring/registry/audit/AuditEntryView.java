package ru.mentoring.registry.audit;

import java.time.OffsetDateTime;
import java.util.List;

record AuditEntryView(long id, OffsetDateTime at, String actor, List<String> schoolCodes, String entityType,
        String entityId, String action, List<AuditChange> changes) {
}
