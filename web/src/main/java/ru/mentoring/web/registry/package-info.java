/**
 * The section "Реестр": participants with their consents, the registry's schools and their
 * administrators, the import and export of the banks, and the audit log; every call goes to the
 * registry service as the signed-in person, which limits a school administrator to their school.
 */
package ru.mentoring.web.registry;
