package ru.mentoring.registry.document;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A document's description; its bytes are in a {@link DocumentStore}, so that lists never read them. Documents are
 * replaced by uploading another and deleting the old one, never edited.
 */
@Entity
@Table(name = "school_document")
class StoredDocument {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private DocumentKind kind;

    @Column(name = "pair_id", updatable = false)
    private UUID pairId;

    @Column(name = "extra_pay", updatable = false)
    private Boolean extraPay;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected StoredDocument() {
    }

    StoredDocument(String schoolCode, DocumentKind kind, UUID pairId, Boolean extraPay, String fileName,
            String contentType, long sizeBytes, String uploadedBy) {
        this.id = UUID.randomUUID();
        this.schoolCode = schoolCode;
        this.kind = kind;
        this.pairId = pairId;
        this.extraPay = extraPay;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = OffsetDateTime.now();
    }

    UUID getId() {
        return id;
    }

    String getSchoolCode() {
        return schoolCode;
    }

    DocumentKind getKind() {
        return kind;
    }

    UUID getPairId() {
        return pairId;
    }

    Boolean getExtraPay() {
        return extraPay;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
