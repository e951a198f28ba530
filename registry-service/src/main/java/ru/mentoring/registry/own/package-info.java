/**
 * Mentors and mentees taking part themselves, in their own accounts ({@code /api/registry/me}):
 * their own pairs, the programme (a mentor marks events done and writes the stage report, «отчёт
 * наставника»; a mentee proposes changes), and their own requests for replacement or relief, which
 * the curator decides as any other. The curator reads the reports and proposals of the pairs they reach.
 */
package ru.mentoring.registry.own;
