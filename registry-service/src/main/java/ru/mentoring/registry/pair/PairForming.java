package ru.mentoring.registry.pair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.consent.ConsentChecks;
import ru.mentoring.registry.pair.PairViews.PairView;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.participant.ParticipantRepository;

import static ru.mentoring.registry.pair.PairJournal.RU_DATE;

/**
 * Forming a pair or a group under the rules of docs/domain.md §2: the model of the form, who may
 * take each side, the number of mentees for the kind, the programme's 3 to 12 months, consents in
 * force, a mentee's mentors of one form all different (the first leads). The history and the audit log are written in the
 * same transaction.
 */
@Service
public class PairForming {

    static final int MIN_MONTHS = 3;
    static final int MAX_MONTHS = 12;

    private final PairRepository pairs;
    private final PairPeople people;
    private final ParticipantRepository participantRows;
    private final ConsentChecks consents;
    private final PairJournal journal;
    private final AuditLog audit;
    private final MeterRegistry meters;

    PairForming(PairRepository pairs, PairPeople people, ParticipantRepository participantRows, ConsentChecks consents,
            PairJournal journal, AuditLog audit, MeterRegistry meters) {
        this.pairs = pairs;
        this.people = people;
        this.participantRows = participantRows;
        this.consents = consents;
        this.journal = journal;
        this.audit = audit;
        this.meters = meters;
    }

    @Transactional
    public PairView create(CallerIdentity caller, PairRequests.Create request) {
        List<Violation> violations = new ArrayList<>();
        checkShape(request, violations);

        Set<UUID> ids = new LinkedHashSet<>();
        ids.add(request.mentorId());
        ids.addAll(request.menteeIds());
        // lock first, then read: a concurrent withdrawal or pair for the same people waits for us
        participantRows.lockAll(ids);
        Map<UUID, PairPeople.Person> found = people.find(ids);
        found.values().removeIf(p -> !PairAccess.mayFormPairWith(caller, p));

        String notFound = CallerScope.forWriting(caller) instanceof CallerScope.School
                ? "Участник не найден среди участников вашей школы (пары с участниками других школ формирует муниципальный координатор)"
                : "Участник не найден среди участников школ вашего муниципалитета";
        PairPeople.Person mentor = found.get(request.mentorId());
        if (mentor == null) {
            violations.add(new Violation("mentorId", notFound));
        } else if (!request.form().mentorMayBe(mentor.kind())) {
            violations.add(new Violation("mentorId", "Для формы «" + request.form().label() + "» наставник — "
                    + kinds(request.form().mentorKinds()) + "; " + mentor.shortName() + " — " + mentor.kind().label()));
        }
        for (int i = 0; i < request.menteeIds().size(); i++) {
            UUID id = request.menteeIds().get(i);
            PairPeople.Person mentee = found.get(id);
            String field = "menteeIds[" + i + "]";
            if (id.equals(request.mentorId()) || request.menteeIds().indexOf(id) != i) {
                continue; // already reported by checkShape
            }
            if (mentee == null) {
                violations.add(new Violation(field, notFound));
            } else if (!request.form().menteeMayBe(mentee.kind())) {
                violations.add(new Violation(field, "Для формы «" + request.form().label() + "» наставляемый — "
                        + kinds(request.form().menteeKinds()) + "; " + mentee.shortName() + " — " + mentee.kind().label()));
            }
        }

        Set<UUID> withoutConsent = consents.withoutConsentInForce(found.keySet());
        if (mentor != null && withoutConsent.contains(mentor.id())) {
            violations.add(new Violation("mentorId", "Нет действующего согласия наставника " + mentor.shortName()
                    + " на участие в программе наставничества"));
        }
        // a mentee's mentors in their active pairs of the form: another mentor may join (several mentors, one leads), the same may not
        Map<UUID, Set<UUID>> mentorsOf = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] row : pairs.menteesInPairsOfForm(found.keySet(), request.form(), PairStatus.ACTIVE)) {
                mentorsOf.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add((UUID) row[2]);
            }
        }
        for (int i = 0; i < request.menteeIds().size(); i++) {
            PairPeople.Person mentee = found.get(request.menteeIds().get(i));
            if (mentee == null || mentee.id().equals(request.mentorId())) {
                continue;
            }
            String field = "menteeIds[" + i + "]";
            if (withoutConsent.contains(mentee.id())) {
                violations.add(new Violation(field, "Нет действующего согласия наставляемого " + mentee.shortName()
                        + (mentee.kind() == ParticipantKind.STUDENT
                                ? " (для обучающегося — согласия родителя или законного представителя)" : "")));
            }
            if (mentorsOf.getOrDefault(mentee.id(), Set.of()).contains(request.mentorId())) {
                violations.add(new Violation(field, mentee.shortName() + " уже наставляемый этого наставника в активной паре формы «"
                        + request.form().label() + "»"));
            }
        }
        if (!violations.isEmpty()) {
            throw new DomainRuleException(422, "Пара не сформирована: " + violations.get(0).reason(), violations);
        }

        Set<String> schoolCodes = found.values().stream().map(PairPeople.Person::schoolCode).collect(Collectors.toSet());
        String municipality = mentor.municipalityCode();
        MentoringPair pair = new MentoringPair(municipality, request.form(), request.interactionModel(), request.kind(),
                request.orderNumber().strip(), request.orderDate(), request.startDate(), request.endDate(), caller.username());
        pair.addMember(mentor.id(), mentor.schoolCode(), MemberRole.MENTOR, null);
        for (UUID id : request.menteeIds()) {
            PairPeople.Person mentee = found.get(id);
            // the first mentor of the form leads; a second one (a methodical mentor beside a subject one) does not, until chosen
            pair.addMember(mentee.id(), mentee.schoolCode(), MemberRole.MENTEE, !mentorsOf.containsKey(mentee.id()));
        }
        pairs.save(pair);
        people.joinBanks(mentor.id(), request.menteeIds());
        journal.note(pair, caller, "CREATED", null, PairStatus.PREPARATORY, "Пара сформирована: форма «" + pair.getForm().label()
                + "», модель «" + pair.getInteractionModel().label() + "», вид «" + pair.getKind().label() + "», приказ № "
                + pair.getOrderNumber() + " от " + RU_DATE.format(pair.getOrderDate()) + ", срок "
                + RU_DATE.format(pair.getStartDate()) + " – " + RU_DATE.format(pair.getEndDate())
                + (pair.isCrossSchool() ? "; межшкольная пара" : ""));
        audit.record(AuditRecord.of(municipality, schoolCodes, "PAIR", pair.getId(), "PAIR_CREATED", Changes.of()
                .created("form", pair.getForm())
                .created("interactionModel", pair.getInteractionModel())
                .created("kind", pair.getKind())
                .created("orderNumber", pair.getOrderNumber())
                .created("orderDate", pair.getOrderDate())
                .created("startDate", pair.getStartDate())
                .created("endDate", pair.getEndDate())
                .created("mentorId", mentor.id())
                .created("menteeIds", request.menteeIds().stream().map(UUID::toString).collect(Collectors.joining(",")))));
        countWhenStored(pair);
        return PairViews.pair(caller, pair, found);
    }

    /** Counted when stored: an import that is rolled back as a whole forms no pair. */
    private void countWhenStored(MentoringPair pair) {
        Counter created = Counter.builder("registry.pairs.created").description("Mentoring pairs and groups formed")
                .tag("form", pair.getForm().name()).tag("crossSchool", String.valueOf(pair.isCrossSchool())).register(meters);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    created.increment();
                }
            });
        } else {
            created.increment();
        }
    }

    /** The rules that need no database: model of the form, number of mentees for the kind, dates. */
    private static void checkShape(PairRequests.Create r, List<Violation> violations) {
        if (!r.interactionModel().validFor(r.form())) {
            violations.add(new Violation("interactionModel", "Модель «" + r.interactionModel().label()
                    + "» не относится к форме «" + r.form().label() + "»; для этой формы: "
                    + InteractionModel.of(r.form()).stream().map(m -> "«" + m.label() + "»").collect(Collectors.joining(", "))));
        }
        List<UUID> mentees = r.menteeIds();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < mentees.size(); i++) {
            if (mentees.get(i).equals(r.mentorId())) {
                violations.add(new Violation("menteeIds[" + i + "]", "Наставник не может быть наставляемым в своей паре"));
            } else if (!seen.add(mentees.get(i))) {
                violations.add(new Violation("menteeIds[" + i + "]", "Наставляемый указан дважды"));
            }
        }
        int distinct = new HashSet<>(mentees).size();
        if (!r.kind().allows(distinct)) {
            violations.add(new Violation("menteeIds", r.kind() == PairKind.GROUP
                    ? "Наставничество в группе: не меньше двух наставляемых"
                    : "Традиционное наставничество «один на один»: ровно один наставляемый"));
        }
        LocalDate earliestEnd = r.startDate().plusMonths(MIN_MONTHS);
        LocalDate latestEnd = r.startDate().plusMonths(MAX_MONTHS);
        if (r.endDate().isBefore(earliestEnd)) {
            violations.add(new Violation("endDate", "Персонализированная программа длится от 3 до 12 месяцев: окончание не раньше "
                    + RU_DATE.format(earliestEnd)));
        } else if (r.endDate().isAfter(latestEnd)) {
            violations.add(new Violation("endDate", "Персонализированная программа длится от 3 до 12 месяцев: окончание не позже "
                    + RU_DATE.format(latestEnd)));
        }
        if (r.orderDate().isAfter(r.startDate())) {
            violations.add(new Violation("orderDate", "Приказ о закреплении издаётся не позже начала программы"));
        }
    }

    private static String kinds(Collection<ParticipantKind> kinds) {
        return kinds.stream().map(ParticipantKind::label).sorted().collect(Collectors.joining(" или "));
    }
}
