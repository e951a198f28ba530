package ru.mentoring.registry.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.participant.Participant;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.participant.ParticipantRepository;
import ru.mentoring.registry.participant.ParticipantService;
import ru.mentoring.registry.school.SchoolService;

@Service
class ConsentService {

    static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ConsentRepository consents;
    private final ParticipantService participants;
    private final ParticipantRepository participantRows;
    private final SchoolService schools;
    private final List<ParticipationEnder> enders;
    private final AuditLog audit;
    private final Clock clock;
    private final Counter recorded;
    private final Counter withdrawn;

    ConsentService(ConsentRepository consents, ParticipantService participants, ParticipantRepository participantRows,
            SchoolService schools, List<ParticipationEnder> enders, AuditLog audit, Clock clock, MeterRegistry meters) {
        this.consents = consents;
        this.participants = participants;
        this.participantRows = participantRows;
        this.schools = schools;
        this.enders = enders;
        this.audit = audit;
        this.clock = clock;
        this.recorded = Counter.builder("registry.consents.recorded").description("Consents recorded").register(meters);
        this.withdrawn = Counter.builder("registry.consents.withdrawn").description("Consents withdrawn").register(meters);
    }

    @Transactional(readOnly = true)
    List<Consent> of(CallerIdentity caller, UUID participantId) {
        Participant p = participants.one(caller, participantId);
        return consents.findByParticipantIdOrderByRecordedAtDesc(p.getId());
    }

    @Transactional
    Consent record(CallerIdentity caller, UUID participantId, ConsentRequest request) {
        Participant p = participants.writable(caller, participantId);
        participantRows.lockAll(List.of(p.getId()));
        List<DomainRuleException.Violation> violations = new ArrayList<>();
        if (request.givenOn().isAfter(today())) {
            violations.add(new DomainRuleException.Violation("givenOn", "Дата согласия не может быть в будущем"));
        }
        String givenBy = blankToNull(request.givenBy());
        if (p.getKind() == ParticipantKind.STUDENT && givenBy == null) {
            violations.add(new DomainRuleException.Violation("givenBy",
                    "Обучающийся несовершеннолетний: укажите родителя (законного представителя), давшего согласие"));
        }
        if (p.getKind() != ParticipantKind.STUDENT && givenBy != null) {
            // adults sign for themselves: we keep no one else's name
            violations.add(new DomainRuleException.Violation("givenBy",
                    "Совершеннолетний участник даёт согласие сам: поле заполняется только для обучающихся"));
        }
        if (!violations.isEmpty()) {
            throw new DomainRuleException(422, "Согласие не записано: проверьте поля", violations);
        }
        consents.findByParticipantIdAndWithdrawnOnIsNull(p.getId()).ifPresent(c -> {
            throw DomainRuleException.conflict("consent",
                    "У участника уже есть действующее согласие от " + RU_DATE.format(c.getGivenOn()));
        });
        Consent consent = consents.save(new Consent(p.getSchoolCode(), p.getId(), request.givenOn(),
                request.documentRef().strip(), givenBy, caller.username()));
        audit.record(AuditRecord.of(municipalityOf(caller, p), List.of(p.getSchoolCode()), "CONSENT", consent.getId(),
                "CONSENT_RECORDED", Changes.of()
                        .created("participantId", p.getId())
                        .created("givenOn", consent.getGivenOn())
                        .created("documentRef", consent.getDocumentRef())
                        .created("givenBy", consent.getGivenBy())));
        recorded.increment();
        return consent;
    }

    /** Withdraws the consent in force and, in the same transaction, ends the person's active pairs. */
    @Transactional
    WithdrawalView withdraw(CallerIdentity caller, UUID participantId, WithdrawalRequest request) {
        Participant p = participants.writable(caller, participantId);
        participantRows.lockAll(List.of(p.getId()));
        Consent consent = consents.findByParticipantIdAndWithdrawnOnIsNull(p.getId())
                .orElseThrow(() -> DomainRuleException.unprocessable("consent", "У участника нет действующего согласия"));
        if (request.withdrawnOn().isAfter(today())) {
            throw DomainRuleException.unprocessable("withdrawnOn", "Дата отзыва не может быть в будущем");
        }
        if (request.withdrawnOn().isBefore(consent.getGivenOn())) {
            throw DomainRuleException.unprocessable("withdrawnOn",
                    "Дата отзыва раньше даты согласия (" + RU_DATE.format(consent.getGivenOn()) + ")");
        }
        consent.withdraw(request.withdrawnOn(), request.reason().strip(), caller.username());
        audit.record(AuditRecord.of(municipalityOf(caller, p), List.of(p.getSchoolCode()), "CONSENT", consent.getId(),
                "CONSENT_WITHDRAWN", Changes.of()
                        .created("withdrawnOn", consent.getWithdrawnOn())
                        .created("withdrawalReason", consent.getWithdrawalReason())));
        List<UUID> ended = new ArrayList<>();
        for (ParticipationEnder ender : enders) {
            ended.addAll(ender.consentWithdrawn(p.getId(), request.withdrawnOn()));
        }
        withdrawn.increment();
        return new WithdrawalView(ConsentView.of(consent), List.copyOf(ended));
    }

    private String municipalityOf(CallerIdentity caller, Participant p) {
        return schools.readable(caller, p.getSchoolCode()).getMunicipalityCode();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
