package ru.mentoring.registry.bank;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A topic a person can mentor on, by subject («Моя любимая учебная тема»). */
@Entity
@Table(name = "mentor_topic")
public class MentorTopic {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "topic", nullable = false)
    private String topic;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected MentorTopic() {
    }

    public MentorTopic(String schoolCode, UUID participantId, String subject, String topic) {
        this.id = UUID.randomUUID();
        this.schoolCode = schoolCode;
        this.participantId = participantId;
        this.subject = subject;
        this.topic = topic;
        this.createdAt = OffsetDateTime.now();
    }

    public UUID getId() {
        return id;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getSubject() {
        return subject;
    }

    public String getTopic() {
        return topic;
    }
}
