/** Consents of participants (a parent's for a minor) and their withdrawal, which ends the person's active pairs. */
package ru.mentoring.registry.consent;
