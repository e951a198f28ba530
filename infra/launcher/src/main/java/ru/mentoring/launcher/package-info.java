/** The local launcher (./run-platform) and the platform of the end-to-end tests: PostgreSQL, Keycloak from the zip, the services' jars, the demo district. */
package ru.mentoring.launcher;
