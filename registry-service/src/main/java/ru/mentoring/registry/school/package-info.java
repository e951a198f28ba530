/** Schools as tenants: registering one creates its Keycloak organization; its administrators. */
package ru.mentoring.registry.school;
