/**
 * Own accounts of mentors and mentees: the school links an adult participant's record to a Keycloak
 * account (realm role {@code mentor} or {@code mentee}, attribute {@code participant_id}); Keycloak
 * invites them by e-mail to set their own password. A minor acts through the school and gets none.
 */
package ru.mentoring.registry.account;
