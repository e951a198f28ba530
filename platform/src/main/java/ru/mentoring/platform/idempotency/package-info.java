/**
 * The {@code Idempotency-Key} request header (IETF draft "The Idempotency-Key HTTP Header Field"),
 * once for every service: a client that retries a POST, PUT, PATCH or DELETE after a timeout with
 * the same key gets the first answer again instead of a second import, a second pair or a second
 * document. The answers are kept in the service's own schema (table {@code idempotent_request}, the
 * platform's changelog {@code db/platform/idempotency.yaml} that every service includes), under the
 * same row-level security as the school-owned tables, keyed by the caller, the method, the target and
 * the key, for a day.
 */
package ru.mentoring.platform.idempotency;
