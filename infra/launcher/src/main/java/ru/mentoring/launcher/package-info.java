/**
 * The local launcher (./run-platform) and the platform of the end-to-end tests: the data folder that
 * survives restarts, PostgreSQL on it, Keycloak from the zip (its data in the same PostgreSQL), the
 * services' jars, the demo district, and an ordered stop.
 */
package ru.mentoring.launcher;
