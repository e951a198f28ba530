/**
 * Who may call what on the index and which schools they reach: the cohort's data belongs to the
 * region (its analysts write it); municipalities read their schools' results and write only where
 * the deployment says they own their data ({@code index.municipalities-own-data}).
 */
package ru.mentoring.index.access;
