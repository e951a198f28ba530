/**
 * The local launcher (./run-platform) and the platform of the end-to-end tests: the data folder that
 * survives restarts, PostgreSQL on it, Keycloak from the zip (its data in the same PostgreSQL), the
 * services' jars, the demo district, an ordered stop, and the folder's backup and restore
 * ({@code --backup}, {@code --restore}) with the dump a release keeps for its upgrade tests.
 */
package ru.mentoring.launcher;
