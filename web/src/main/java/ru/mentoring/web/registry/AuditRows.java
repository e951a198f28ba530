package ru.mentoring.web.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import ru.mentoring.web.registry.RegistryApi.AuditChange;
import ru.mentoring.web.registry.RegistryApi.AuditEntry;

/**
 * The audit log's lines as a person reads them: schools by short name, actions, fields and values
 * in words (categories, forms and models by their labels, dates as 02.12.2026, yes/no), record ids
 * left out (a reader cannot use them; the line says which kind of record it was).
 */
public final class AuditRows {

    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}([,; \\[\\]]+.*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public record Row(OffsetDateTime at, String actor, String action, String entity, String schools, List<Change> changes) {
    }

    /** {@code oldValue} or {@code newValue} is null when there was or is nothing. */
    public record Change(String field, String oldValue, String newValue) {
    }

    private AuditRows() {
    }

    /**
     * @param schoolNames school code to short name
     * @param codeLabels  the registry's other codes (forms, models, statuses, reasons) to their labels
     */
    static List<Row> of(List<AuditEntry> entries, Map<String, String> schoolNames, Map<String, String> codeLabels,
            RegistryLabels labels) {
        return entries.stream().map(e -> new Row(e.at(), e.actor(), labels.action(e.action()), labels.entity(e.entityType()),
                String.join(", ", e.schoolCodes().stream().map(c -> schoolNames.getOrDefault(c, c)).toList()),
                e.changes().stream().filter(c -> !isId(c)).map(c -> new Change(labels.field(c.field()),
                        value(c.oldValue(), schoolNames, codeLabels), value(c.newValue(), schoolNames, codeLabels))).toList()))
                .toList();
    }

    private static boolean isId(AuditChange c) {
        return (c.oldValue() == null || UUIDS.matcher(c.oldValue()).matches())
                && (c.newValue() == null || UUIDS.matcher(c.newValue()).matches());
    }

    static String value(String value, Map<String, String> schoolNames, Map<String, String> codeLabels) {
        if (value == null) {
            return null;
        }
        if (DATE.matcher(value).matches()) {
            return LocalDate.parse(value).format(RUSSIAN_DATE);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return "true".equals(value) ? "да" : "нет";
        }
        if (RegistryLabels.KINDS.containsKey(value)) {
            return RegistryLabels.KINDS.get(value);
        }
        if (RegistryLabels.DIFFICULTIES.containsKey(value)) {
            return RegistryLabels.DIFFICULTIES.get(value);
        }
        if (schoolNames.containsKey(value)) {
            return schoolNames.get(value);
        }
        if (codeLabels.containsKey(value)) {
            return codeLabels.get(value);
        }
        return RegistryLabels.REQUEST_STATUSES.getOrDefault(value, value);
    }
}
