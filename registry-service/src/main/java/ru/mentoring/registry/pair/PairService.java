package ru.mentoring.registry.pair;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.security.CurrentCaller;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;
import ru.mentoring.platform.web.NotFoundException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.consent.ConsentChecks;
import ru.mentoring.registry.consent.ParticipationEnder;
import ru.mentoring.registry.pair.PairViews.HistoryView;
import ru.mentoring.registry.pair.PairViews.PairView;
import ru.mentoring.registry.pair.PairViews.RequestView;
import ru.mentoring.registry.participant.ParticipantKind;
import ru.mentoring.registry.participant.ParticipantRepository;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;
import ru.mentoring.registry.shared.PageView;

/**
 * Pairs and groups: forming them under the rules of docs/domain.md §2, their stages, their end, the
 * requests about them. Who may see a pair: the coordinator of its municipality and the
 * administrators of every school with a person in it. Who may change it: the coordinator, or the
 * school administrator when every member is of their school (a cross-school pair is the municipal
 * centre's). Every change writes the pair's history and the audit log in the same transaction.
 */
@Service
public class PairService implements ParticipationEnder {

    static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final int MIN_MONTHS = 3;
    static final int MAX_MONTHS = 12;

    private final PairRepository pairs;
    private final PairHistoryRepository history;
    private final PairChangeRequestRepository requests;
    private final PairPeople people;
    private final ParticipantRepository participantRows;
    private final ConsentChecks consents;
    private final SchoolService schools;
    private final AuditLog audit;
    private final Clock clock;
    private final MeterRegistry meters;

    public PairService(PairRepository pairs, PairHistoryRepository history, PairChangeRequestRepository requests,
            PairPeople people, ParticipantRepository participantRows, ConsentChecks consents, SchoolService schools,
            AuditLog audit, Clock clock, MeterRegistry meters) {
        this.pairs = pairs;
        this.history = history;
        this.requests = requests;
        this.people = people;
        this.participantRows = participantRows;
        this.consents = consents;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
        this.meters = meters;
    }

    // ---------------------------------------------------------------- forming

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
        found.values().removeIf(p -> !mayFormPairWith(caller, p));

        String notFound = CallerScope.forWriting(caller) instanceof CallerScope.School
                ? "Участник не найден среди участников вашей школы (пары с участниками других школ формирует муниципальный координатор)"
                : "Участник не найден среди участников школ вашего муниципалитета";
        PairPeople.Person mentor = found.get(request.mentorId());
        if (mentor == null) {
            violations.add(new Violation("mentorId", notFound));
        } else if (!request.form().mentorMayBe(mentor.kind())) {
            violations.add(new Violation("mentorId", "Для формы «" + request.form().label() + "» наставник — "
                    + kinds(request.form().mentorKinds()) + "; " + mentor.shortName() + " — " + kindLabel(mentor.kind())));
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
                        + kinds(request.form().menteeKinds()) + "; " + mentee.shortName() + " — " + kindLabel(mentee.kind())));
            }
        }

        Set<UUID> withoutConsent = consents.withoutConsentInForce(found.keySet());
        if (mentor != null && withoutConsent.contains(mentor.id())) {
            violations.add(new Violation("mentorId", "Нет действующего согласия наставника " + mentor.shortName()
                    + " на участие в программе наставничества"));
        }
        Map<UUID, UUID> busy = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] row : pairs.menteesInPairsOfForm(found.keySet(), request.form(), PairStatus.ACTIVE)) {
                busy.put((UUID) row[0], (UUID) row[1]);
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
            if (busy.containsKey(mentee.id())) {
                violations.add(new Violation(field, mentee.shortName() + " уже наставляемый в активной паре формы «"
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
        pair.addMember(mentor.id(), mentor.schoolCode(), MemberRole.MENTOR);
        for (UUID id : request.menteeIds()) {
            PairPeople.Person mentee = found.get(id);
            pair.addMember(mentee.id(), mentee.schoolCode(), MemberRole.MENTEE);
        }
        pairs.save(pair);
        people.joinBanks(mentor.id(), request.menteeIds());
        note(pair, caller, "CREATED", null, PairStatus.PREPARATORY, "Пара сформирована: форма «" + pair.getForm().label()
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
        Counter created = Counter.builder("registry.pairs.created").description("Mentoring pairs and groups formed")
                .tag("form", pair.getForm().name()).tag("crossSchool", String.valueOf(pair.isCrossSchool())).register(meters);
        // counted when stored: an import that is rolled back as a whole forms no pair
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
        return PairViews.pair(caller, pair, found);
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

    /** A school administrator pairs people of their school; the coordinator, people of their municipality. */
    private static boolean mayFormPairWith(CallerIdentity caller, PairPeople.Person p) {
        return CallerScope.forWriting(caller).includes(p.schoolCode(), p.municipalityCode());
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public PageView<PairView> list(CallerIdentity caller, String schoolCode, PairStatus status, Boolean active,
            MentoringForm form, UUID participantId, int page, int size) {
        Specification<MentoringPair> spec = visibleTo(caller);
        if (schoolCode != null) {
            School school = schools.readable(caller, schoolCode);
            spec = spec.and(withSchool(school.getCode()));
        }
        if (status != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
        }
        if (active != null) {
            spec = spec.and((root, q, cb) -> active ? root.get("status").in(PairStatus.ACTIVE)
                    : cb.not(root.get("status").in(PairStatus.ACTIVE)));
        }
        if (form != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("form"), form));
        }
        if (participantId != null) {
            spec = spec.and(withParticipant(participantId));
        }
        Page<MentoringPair> found = pairs.findAll(spec, PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
        Map<UUID, PairPeople.Person> names = people.find(found.getContent().stream()
                .flatMap(p -> p.getMembers().stream().map(PairMember::getParticipantId)).collect(Collectors.toSet()));
        List<PairView> items = found.getContent().stream().map(p -> PairViews.pair(caller, p, names)).toList();
        return new PageView<>(items, page, size, found.getTotalElements());
    }

    /** Every pair the caller may see (of one school, when given), newest first: the bank of pairs for export. */
    @Transactional(readOnly = true)
    public List<PairView> all(CallerIdentity caller, String schoolCode) {
        return list(caller, schoolCode, null, null, null, null, 0, 100_000).items();
    }

    @Transactional(readOnly = true)
    public PairView one(CallerIdentity caller, UUID id) {
        MentoringPair pair = readable(caller, id);
        return view(caller, pair);
    }

    @Transactional(readOnly = true)
    public List<HistoryView> history(CallerIdentity caller, UUID id) {
        readable(caller, id);
        return history.findByPairIdOrderByAtAscIdAsc(id).stream().map(HistoryView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<RequestView> requests(CallerIdentity caller, UUID id) {
        MentoringPair pair = readable(caller, id);
        List<PairChangeRequest> all = requests.findByPairIdOrderByRecordedAtAsc(id);
        Map<UUID, PairPeople.Person> names = people.find(all.stream().map(PairChangeRequest::getParticipantId).toList());
        return all.stream().map(r -> PairViews.request(caller, r, names.get(r.getParticipantId()), roleOf(pair, r.getParticipantId())))
                .toList();
    }

    /** A pair the caller may see; anything else is "not found", whether it exists or not. */
    @Transactional(readOnly = true)
    public MentoringPair readable(CallerIdentity caller, UUID id) {
        return pairs.findById(id).filter(p -> mayRead(caller, p)).orElseThrow(() -> new NotFoundException("pair", id));
    }

    /** A pair the caller may change: the coordinator's, or a school administrator's in-school pair. */
    @Transactional(readOnly = true)
    public MentoringPair writable(CallerIdentity caller, UUID id) {
        MentoringPair pair = readable(caller, id);
        if (!mayWrite(caller, pair)) {
            throw new DomainRuleException(403, "Межшкольной парой управляет муниципальный координатор",
                    List.of(new Violation("pair", "Межшкольной парой управляет муниципальный координатор")));
        }
        return pair;
    }

    /**
     * Pairs are people's data: the scope is the writer's (a coordinator their municipality, a school
     * administrator a pair that has a member of their school); a department viewer never reaches them.
     */
    static boolean mayRead(CallerIdentity caller, MentoringPair p) {
        return switch (CallerScope.forWriting(caller)) {
            case CallerScope.Municipality m -> m.municipality().equals(p.getMunicipalityCode());
            case CallerScope.School own -> p.schools().contains(own.schoolCode());
            default -> false;
        };
    }

    /** An inter-school pair is the coordinator's; a school administrator manages pairs of their school alone. */
    static boolean mayWrite(CallerIdentity caller, MentoringPair p) {
        return switch (CallerScope.forWriting(caller)) {
            case CallerScope.Municipality m -> m.municipality().equals(p.getMunicipalityCode());
            case CallerScope.School own -> p.schools().equals(Set.of(own.schoolCode()));
            default -> false;
        };
    }

    private Specification<MentoringPair> visibleTo(CallerIdentity caller) {
        return switch (CallerScope.forWriting(caller)) {
            case CallerScope.Municipality m -> (root, q, cb) -> cb.equal(root.get("municipalityCode"), m.municipality());
            case CallerScope.School own -> withSchool(own.schoolCode());
            default -> (root, q, cb) -> cb.disjunction();
        };
    }

    private static Specification<MentoringPair> withSchool(String schoolCode) {
        return (root, q, cb) -> {
            Subquery<UUID> sq = q.subquery(UUID.class);
            Root<MentoringPair> p = sq.from(MentoringPair.class);
            Join<MentoringPair, PairMember> m = p.join("members");
            sq.select(p.get("id")).where(cb.equal(m.get("schoolCode"), schoolCode));
            return root.get("id").in(sq);
        };
    }

    private static Specification<MentoringPair> withParticipant(UUID participantId) {
        return (root, q, cb) -> {
            Subquery<UUID> sq = q.subquery(UUID.class);
            Root<MentoringPair> p = sq.from(MentoringPair.class);
            Join<MentoringPair, PairMember> m = p.join("members");
            sq.select(p.get("id")).where(cb.equal(m.get("participantId"), participantId));
            return root.get("id").in(sq);
        };
    }

    // ---------------------------------------------------------------- stages and the end

    @Transactional
    public PairView changeStatus(CallerIdentity caller, UUID id, PairRequests.StatusChange change) {
        MentoringPair pair = writable(caller, id);
        requireActive(pair);
        PairStatus from = pair.getStatus();
        PairStatus to = change.status();
        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        switch (to) {
            case TERMINATED -> {
                if (change.terminationReason() == null) {
                    throw DomainRuleException.unprocessable("terminationReason", "Укажите причину прекращения пары");
                }
                if (change.terminationReason() == TerminationReason.OTHER && note == null) {
                    throw DomainRuleException.unprocessable("note", "Для иной причины прекращения опишите её в примечании");
                }
                terminate(pair, caller, change.terminationReason(), note, today());
            }
            case COMPLETED -> {
                if (from != PairStatus.RESULTATIVE) {
                    throw DomainRuleException.unprocessable("status", "Завершить программу можно после результативного этапа; сейчас этап «"
                            + from.label() + "»");
                }
                pair.complete(today());
                cancelPendingRequests(pair, caller);
                recordStatus(pair, caller, from, "COMPLETED", "Программа наставничества завершена" + (note == null ? "" : ": " + note));
            }
            default -> {
                if (to != from.next()) {
                    throw DomainRuleException.unprocessable("status", "Этапы проходятся по порядку, по одному: после этапа «"
                            + from.label() + "» следует «" + from.next().label() + "»");
                }
                pair.moveTo(to);
                recordStatus(pair, caller, from, "STAGE_CHANGED", "Этап «" + from.label() + "» → «" + to.label() + "»"
                        + (note == null ? "" : ": " + note));
            }
        }
        pairs.saveAndFlush(pair);
        return view(caller, pair);
    }

    private void terminate(MentoringPair pair, CallerIdentity caller, TerminationReason reason, String note, LocalDate on) {
        PairStatus from = pair.getStatus();
        pair.terminate(reason, note, on);
        cancelPendingRequests(pair, caller);
        recordStatus(pair, caller, from, "TERMINATED", "Пара прекращена: " + reason.label() + (note == null ? "" : " (" + note + ")"));
    }

    private void recordStatus(MentoringPair pair, CallerIdentity caller, PairStatus from, String action, String details) {
        note(pair, caller, action, from, pair.getStatus(), details);
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "PAIR", pair.getId(), "PAIR_" + action,
                Changes.of()
                        .field("status", from, pair.getStatus())
                        .field("terminationReason", null, pair.getTerminationReason())
                        .field("terminationNote", null, pair.getTerminationNote())
                        .field("endedOn", null, pair.getEndedOn())));
    }

    private void cancelPendingRequests(MentoringPair pair, CallerIdentity caller) {
        for (PairChangeRequest r : requests.findByPairIdAndStatus(pair.getId(), ChangeRequestStatus.PENDING)) {
            r.decide(ChangeRequestStatus.CANCELLED, actor(caller), "Пара завершена или прекращена до решения");
        }
    }

    private static void requireActive(MentoringPair pair) {
        if (!pair.getStatus().isActive()) {
            throw DomainRuleException.conflict("status", "Пара уже " + (pair.getStatus() == PairStatus.COMPLETED
                    ? "завершена" : "прекращена") + ": изменения не принимаются");
        }
    }

    /** Consent withdrawn: every active pair of the person ends, in the withdrawal's transaction. */
    @Override
    public List<UUID> consentWithdrawn(UUID participantId, LocalDate on) {
        CallerIdentity caller = CurrentCaller.find().orElse(null);
        List<UUID> ended = new ArrayList<>();
        for (MentoringPair pair : pairs.withMember(participantId, PairStatus.ACTIVE)) {
            String role = pair.mentor().getParticipantId().equals(participantId) ? "наставник" : "наставляемый";
            terminate(pair, caller, TerminationReason.CONSENT_WITHDRAWN, role + " отозвал согласие " + RU_DATE.format(on), on);
            ended.add(pair.getId());
        }
        pairs.flush();
        return ended;
    }

    // ---------------------------------------------------------------- requests

    @Transactional
    public RequestView recordRequest(CallerIdentity caller, UUID pairId, PairRequests.ChangeRequestCreate body) {
        MentoringPair pair = readable(caller, pairId);
        requireActive(pair);
        UUID who = body.participantId();
        if (body.kind() == ChangeRequestKind.MENTOR_RELIEF) {
            UUID mentor = pair.mentor().getParticipantId();
            if (who != null && !who.equals(mentor)) {
                throw DomainRuleException.unprocessable("participantId", "Об освобождении просит наставник этой пары");
            }
            who = mentor;
        } else {
            UUID asked = who;
            if (asked == null || pair.mentees().stream().noneMatch(m -> m.getParticipantId().equals(asked))) {
                throw DomainRuleException.unprocessable("participantId", "О замене наставника просит наставляемый этой пары: укажите его");
            }
        }
        PairMember member = memberOf(pair, who);
        // the requester's own school records it (it received the paper); otherwise the pair's curator
        if (!mayWrite(caller, pair) && !(CallerScope.forWriting(caller) instanceof CallerScope.School own
                && member.getSchoolCode().equals(own.schoolCode()))) {
            throw new DomainRuleException(403, "Обращение участника другой школы записывает его школа или координатор",
                    List.of(new Violation("participantId", "Обращение участника другой школы записывает его школа или координатор")));
        }
        if (body.requestedOn().isAfter(today())) {
            throw DomainRuleException.unprocessable("requestedOn", "Дата обращения не может быть в будущем");
        }
        if (requests.existsByPairIdAndKindAndParticipantIdAndStatus(pairId, body.kind(), who, ChangeRequestStatus.PENDING)) {
            throw DomainRuleException.conflict("kind", "Такое обращение этого участника уже на рассмотрении");
        }
        PairChangeRequest r = requests.save(new PairChangeRequest(pairId, body.kind(), who, body.requestedOn(),
                body.reason().strip(), actor(caller)));
        note(pair, caller, "REQUEST_RECORDED", null, null, "Записано обращение: " + body.kind().label()
                + " (" + roleLabel(member.getRole()) + ")");
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "PAIR_REQUEST", r.getId(), "PAIR_REQUEST_RECORDED",
                Changes.of().created("pairId", pairId).created("kind", r.getKind()).created("participantId", who)
                        .created("requestedOn", r.getRequestedOn()).created("reason", r.getReason())));
        PairPeople.Person person = people.find(List.of(who)).get(who);
        return PairViews.request(caller, r, person, member.getRole());
    }

    @Transactional
    public RequestView decide(CallerIdentity caller, UUID pairId, UUID requestId, PairRequests.Decision decision) {
        MentoringPair pair = writable(caller, pairId);
        PairChangeRequest r = requests.findById(requestId).filter(x -> x.getPairId().equals(pairId))
                .orElseThrow(() -> new NotFoundException("pair request", requestId));
        if (r.getStatus() != ChangeRequestStatus.PENDING) {
            throw DomainRuleException.conflict("approve", "Решение по обращению уже принято: «" + r.getStatus().label() + "»");
        }
        requireActive(pair);
        String note = decision.note() == null || decision.note().isBlank() ? null : decision.note().strip();
        if (decision.approve()) {
            r.decide(ChangeRequestStatus.APPROVED, actor(caller), note);
            requests.flush();
            note(pair, caller, "REQUEST_APPROVED", null, null, "Обращение удовлетворено: " + r.getKind().label());
            terminate(pair, caller, r.getKind().terminationReason(), note, today());
        } else {
            r.decide(ChangeRequestStatus.REJECTED, actor(caller), note);
            note(pair, caller, "REQUEST_REJECTED", null, null, "Обращение отклонено: " + r.getKind().label()
                    + (note == null ? "" : " (" + note + ")"));
        }
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "PAIR_REQUEST", r.getId(),
                "PAIR_REQUEST_DECIDED", Changes.of().field("status", ChangeRequestStatus.PENDING, r.getStatus())
                        .field("decisionNote", null, note)));
        pairs.saveAndFlush(pair);
        PairPeople.Person person = people.find(List.of(r.getParticipantId())).get(r.getParticipantId());
        return PairViews.request(caller, r, person, roleOf(pair, r.getParticipantId()));
    }

    // ---------------------------------------------------------------- helpers

    /** History entry of the pair; programme changes of the pair are noted here too. */
    public void note(MentoringPair pair, CallerIdentity caller, String action, PairStatus from, PairStatus to, String details) {
        history.save(new PairHistoryEntry(pair.getId(), actor(caller), action, from, to, details));
    }

    private PairView view(CallerIdentity caller, MentoringPair pair) {
        Map<UUID, PairPeople.Person> names = people.find(pair.getMembers().stream().map(PairMember::getParticipantId).toList());
        return PairViews.pair(caller, pair, names);
    }

    private static PairMember memberOf(MentoringPair pair, UUID participantId) {
        return pair.getMembers().stream().filter(m -> m.getParticipantId().equals(participantId)).findFirst().orElseThrow();
    }

    private static MemberRole roleOf(MentoringPair pair, UUID participantId) {
        return memberOf(pair, participantId).getRole();
    }

    private static String roleLabel(MemberRole role) {
        return role == MemberRole.MENTOR ? "наставник" : "наставляемый";
    }

    private static String kinds(Collection<ParticipantKind> kinds) {
        return kinds.stream().map(PairService::kindLabel).sorted().collect(Collectors.joining(" или "));
    }

    static String kindLabel(ParticipantKind kind) {
        return switch (kind) {
            case TEACHER -> "педагог";
            case STUDENT -> "обучающийся";
            case PARENT -> "родитель";
            case PARTNER -> "представитель организации-партнёра";
        };
    }

    private static String actor(CallerIdentity caller) {
        return caller == null || caller.username() == null ? "system" : caller.username();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
