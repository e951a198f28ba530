/**
 * The school's documents of the target model (seed 001, 1.6): the order introducing it, the Положение, the roadmap, others,
 * and per pair the additional agreement to the mentor's employment contract; their upload (the type found in the content),
 * download, deletion, and the coordinator's table of which schools lack which. The bytes live in PostgreSQL or an
 * S3-compatible bucket ({@code registry.documents.store}); the descriptions always in PostgreSQL.
 */
package ru.mentoring.registry.document;
