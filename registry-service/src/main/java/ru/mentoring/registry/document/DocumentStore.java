package ru.mentoring.registry.document;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a document's bytes live. The one implementation today is the database ({@link DatabaseDocumentStore}, nothing
 * extra to run); an S3-compatible object store would be another implementation of this interface, chosen by
 * configuration. Calls run in the caller's transaction, after its tenancy checks.
 */
interface DocumentStore {

    void put(UUID documentId, String schoolCode, byte[] content);

    Optional<byte[]> get(UUID documentId);

    void delete(UUID documentId);
}
