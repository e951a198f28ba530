/**
 * The browser application (backend-for-frontend): people log in through Keycloak, the tokens stay
 * in the server's session, pages call the services through the gateway with the user's token.
 */
package ru.mentoring.web;
