package ru.mentoring.registry.participant;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * A person of one school. The school code is the Hibernate tenant id: a school administrator's
 * session cannot load another school's people, whatever the query.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;

    /** Stable key within the school (e.g. the personnel number), so that re-imports do not duplicate people. */
    @Column(name = "external_key", nullable = false)
    private String externalKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ParticipantKind kind;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "subjects")
    private String subjects;

    @Column(name = "experience_years")
    private Integer experienceYears;

    @Column(name = "qualification_category")
    private String qualificationCategory;

    @Column(name = "young_specialist", nullable = false)
    private boolean youngSpecialist;

    @Column(name = "grade")
    private Integer grade;

    /** In the bank of mentors (база наставников): declared topics, imported as a mentor, or mentoring. */
    @Column(name = "mentor_bank", nullable = false)
    private boolean mentorBank;

    /** In the bank of mentees (база наставляемых): has a request, imported as a mentee, or mentored. */
    @Column(name = "mentee_bank", nullable = false)
    private boolean menteeBank;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Participant() {
    }

    public Participant(String schoolCode, String externalKey, ParticipantKind kind, String lastName, String firstName,
            String middleName) {
        this.id = UUID.randomUUID();
        this.schoolCode = schoolCode;
        this.externalKey = externalKey;
        this.kind = kind;
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName;
        this.updatedAt = OffsetDateTime.now();
    }

    /** A young specialist (молодой специалист) has at most this many years of experience. */
    public static final int YOUNG_SPECIALIST_MAX_YEARS = 3;

    /**
     * Whether a teacher is a young specialist: the years of experience decide when they are known;
     * without them, what was said otherwise (a file's «молодой специалист», the earlier value).
     */
    public static boolean youngSpecialist(Integer experienceYears, boolean saidOtherwise) {
        return experienceYears != null ? experienceYears <= YOUNG_SPECIALIST_MAX_YEARS : saidOtherwise;
    }

    /** Teaching profile; the years of experience decide whether the teacher is a young specialist. */
    public void describeTeaching(String subjects, Integer experienceYears, String qualificationCategory) {
        this.subjects = subjects;
        this.experienceYears = experienceYears;
        this.qualificationCategory = qualificationCategory;
        this.youngSpecialist = youngSpecialist(experienceYears, false);
    }

    public void placeInGrade(Integer grade) {
        this.grade = grade;
    }

    /** A coordinator's file may say «молодой специалист» without the years of experience. */
    public void markYoungSpecialist(boolean young) {
        this.youngSpecialist = young;
    }

    public void rename(String lastName, String firstName, String middleName) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName;
    }

    /** Another key within the same school (a corrected personnel number). */
    public void rekey(String externalKey) {
        this.externalKey = externalKey;
    }

    /**
     * Another category. Only what the new category keeps stays: a student keeps no teaching
     * profile, anyone but a student no grade, and only a teacher a teaching profile.
     */
    public void reclassify(ParticipantKind kind) {
        this.kind = kind;
        if (!kind.hasTeachingProfile()) {
            this.subjects = null;
            this.experienceYears = null;
            this.qualificationCategory = null;
            this.youngSpecialist = false;
        }
        if (!kind.hasGrade()) {
            this.grade = null;
        }
    }

    public void joinMentorBank() {
        this.mentorBank = true;
    }

    public void joinMenteeBank() {
        this.menteeBank = true;
    }

    public void setBanks(boolean mentor, boolean mentee) {
        this.mentorBank = mentor;
        this.menteeBank = mentee;
    }

    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public UUID getId() {
        return id;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getExternalKey() {
        return externalKey;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public String getSubjects() {
        return subjects;
    }

    public Integer getExperienceYears() {
        return experienceYears;
    }

    public String getQualificationCategory() {
        return qualificationCategory;
    }

    public boolean isYoungSpecialist() {
        return youngSpecialist;
    }

    public Integer getGrade() {
        return grade;
    }

    public boolean isMentorBank() {
        return mentorBank;
    }

    public boolean isMenteeBank() {
        return menteeBank;
    }
}
