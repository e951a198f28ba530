/**
 * Calls from one service to another: {@link ru.mentoring.platform.client.ServiceClients} builds every
 * {@code RestClient} the same way (the URL from {@code platform.services.<name>}, the service's own
 * client-credentials token, timeouts, the correlation id, one retry of a read whose connection failed).
 * Each caller keeps its own small response records.
 */
package ru.mentoring.platform.client;
