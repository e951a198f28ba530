package ru.mentoring.registry.document;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredDocumentRepository extends JpaRepository<StoredDocument, UUID> {

    List<StoredDocument> findBySchoolCodeOrderByUploadedAtDesc(String schoolCode);

    List<StoredDocument> findByPairIdOrderByUploadedAtDesc(UUID pairId);

    List<StoredDocument> findBySchoolCodeIn(List<String> schoolCodes);
}
