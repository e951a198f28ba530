/** Who is calling and what they reach: the caller's identity and scope from the Keycloak token, token validation, service clients. */
package ru.mentoring.platform.security;
