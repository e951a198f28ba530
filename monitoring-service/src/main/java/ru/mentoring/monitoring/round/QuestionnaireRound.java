package ru.mentoring.monitoring.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import ru.mentoring.monitoring.questionnaire.QuestionnaireTemplate;
import ru.mentoring.monitoring.questionnaire.RespondentRole;

/**
 * A questionnaire round (опрос) of one school: one template version sent to the listed people,
 * open until {@code closesAt}. The school code is the tenant; the municipality is kept so that a
 * coordinator's reads can be confined to their district.
 */
@Entity
@Table(name = "questionnaire_round")
public class QuestionnaireRound {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "school_code", nullable = false, updatable = false)
    private String schoolCode;

    @Column(name = "municipality_code", nullable = false, updatable = false)
    private String municipalityCode;

    @Column(name = "programme_year", nullable = false)
    private int programmeYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private QuestionnaireTemplate template;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "created_by")
    private String createdBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", updatable = false)
    private MentoringForm form;

    @Column(name = "from_pairs", nullable = false, updatable = false)
    private boolean fromPairs;

    @Column(name = "override_reason", updatable = false)
    private String overrideReason;

    @OneToMany(mappedBy = "round", cascade = CascadeType.PERSIST)
    @OrderBy("role, participantId")
    private List<RoundRespondent> respondents = new ArrayList<>();

    protected QuestionnaireRound() {
    }

    QuestionnaireRound(String schoolCode, String municipalityCode, int programmeYear, QuestionnaireTemplate template,
            Instant opensAt, Instant closesAt, String createdBy, MentoringForm form, boolean fromPairs, String overrideReason) {
        this.fromPairs = fromPairs;
        this.overrideReason = overrideReason;
        this.id = UUID.randomUUID();
        this.schoolCode = schoolCode;
        this.municipalityCode = municipalityCode;
        this.programmeYear = programmeYear;
        this.template = template;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdBy = createdBy;
        this.form = form;
    }

    RoundRespondent ask(UUID participantId, RespondentRole role, UUID pairId, RoundRespondent.PairOf pair,
            String tokenHash) {
        RoundRespondent respondent = new RoundRespondent(this, participantId, role, pairId, pair, tokenHash, closesAt);
        respondents.add(respondent);
        return respondent;
    }

    public UUID getId() {
        return id;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public int getProgrammeYear() {
        return programmeYear;
    }

    public QuestionnaireTemplate getTemplate() {
        return template;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public MentoringForm getForm() {
        return form;
    }

    public boolean isFromPairs() {
        return fromPairs;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public List<RoundRespondent> getRespondents() {
        return respondents;
    }
}
