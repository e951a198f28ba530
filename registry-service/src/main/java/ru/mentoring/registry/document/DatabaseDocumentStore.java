package ru.mentoring.registry.document;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes in PostgreSQL ({@code school_document_content}, bytea, row-level security by school like the
 * metadata): a 10 MB document per row is well within what bytea handles, and the embedded platform needs nothing more.
 */
@Component
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

    @Override
    public Optional<byte[]> get(UUID documentId) {
        return jdbc.sql("select content from school_document_content where document_id = :id")
                .param("id", documentId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    @Override
    public void delete(UUID documentId) {
        jdbc.sql("delete from school_document_content where document_id = :id").param("id", documentId).update();
    }
}
