package ru.mentoring.registry.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes in PostgreSQL ({@code school_document_content}, bytea, row-level security by school like the
 * metadata): a 10 MB document per row is well within what bytea handles, and the embedded platform needs nothing more.
 * The row goes and comes with the description's transaction, so nothing is left behind on a rollback.
 */
@Component
@ConditionalOnProperty(name = "registry.documents.store", havingValue = "database", matchIfMissing = true)
class DatabaseDocumentStore implements DocumentStore {

    private final JdbcClient jdbc;

    DatabaseDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(UUID documentId, String schoolCode, byte[] content) {
        jdbc.sql("insert into school_document_content (document_id, school_code, content) values (:id, :school, :content)")
                .param("id", documentId).param("school", schoolCode).param("content", content).update();
    }

    /** Read whole inside the transaction (bytea has no stream that outlives it); at most the upload limit. */
    @Override
    public Optional<InputStream> open(UUID documentId) {
        return jdbc.sql("select content from school_document_content where document_id = :id")
                .param("id", documentId).query((rs, n) -> (InputStream) new ByteArrayInputStream(rs.getBytes(1))).optional();
    }

    @Override
    public void delete(UUID documentId) {
        jdbc.sql("delete from school_document_content where document_id = :id").param("id", documentId).update();
    }
}
