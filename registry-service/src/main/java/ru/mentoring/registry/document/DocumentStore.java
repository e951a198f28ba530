package ru.mentoring.registry.document;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a document's bytes live: the database ({@link DatabaseDocumentStore}, the default, nothing extra to run) or an
 * S3-compatible bucket ({@link S3DocumentStore}, {@code registry.documents.store=s3}). The description stays in
 * PostgreSQL either way, under its row-level security, so tenancy is decided before a store is asked. Calls run in
 * the caller's transaction, after its tenancy checks; a store keeps its bytes in step with that transaction.
 */
interface DocumentStore {

    void put(UUID documentId, String schoolCode, byte[] content);

    /** The bytes as a stream the caller closes; empty when the store has none under this id. */
    Optional<InputStream> open(UUID documentId);

    void delete(UUID documentId);
}
