/** The gateway: the single entry point; validates Keycloak tokens, checks roles, relays the token to the services, answers errors as problem details. */
package ru.mentoring.gateway;
