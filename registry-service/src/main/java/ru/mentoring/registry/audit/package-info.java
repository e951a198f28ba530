/** The audit log: who changed what in the registry, field by field. */
package ru.mentoring.registry.audit;
