package ru.mentoring.registry.audit;

/** One field of one record: what it was and what it became (null when there was or is nothing). */
record AuditChange(String field, String oldValue, String newValue) {
}
