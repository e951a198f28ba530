/**
 * Login through Keycloak as a confidential OIDC client (authorization code with PKCE), the session,
 * CSRF, RP-initiated logout, and the user's access token for calls to the gateway (refreshed here).
 */
package ru.mentoring.web.security;
