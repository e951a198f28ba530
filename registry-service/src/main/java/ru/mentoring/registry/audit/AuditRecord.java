package ru.mentoring.registry.audit;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One audited change of one record.
 *
 * @param schoolCodes every school the record touches (a cross-school pair names both), so that the
 *                    coordinator's filter by school finds it
 */
public record AuditRecord(String municipalityCode, Set<String> schoolCodes, String entityType, String entityId,
        String action, List<AuditChange> changes) {

    public AuditRecord {
        schoolCodes = Set.copyOf(new TreeSet<>(schoolCodes));
        changes = List.copyOf(changes);
    }

    public static AuditRecord of(String municipalityCode, Collection<String> schoolCodes, String entityType,
            Object entityId, String action, Changes changes) {
        return new AuditRecord(municipalityCode, Set.copyOf(schoolCodes), entityType, String.valueOf(entityId), action,
                changes.list());
    }
}
