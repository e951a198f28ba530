/** The registry service: schools (tenants), participants, consents, pairs and groups, programmes, the banks of mentors and mentees, matching, import and export, audit. */
package ru.mentoring.registry;
