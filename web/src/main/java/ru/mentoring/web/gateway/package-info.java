/**
 * Calls to the services through the gateway with the signed-in user's access token; a service's
 * problem details become exceptions the pages show in Russian.
 */
package ru.mentoring.web.gateway;
