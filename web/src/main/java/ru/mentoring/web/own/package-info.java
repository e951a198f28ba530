/**
 * The pages of a mentor or mentee in their own account ({@code /me}): their pairs, the programme
 * (a mentor marks events done and writes the stage report; a mentee proposes changes) and their own
 * requests for replacement or relief. Only the registry's {@code /api/registry/me} is called.
 */
package ru.mentoring.web.own;
