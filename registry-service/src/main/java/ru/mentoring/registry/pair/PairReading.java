package ru.mentoring.registry.pair;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.registry.pair.PairViews.HistoryView;
import ru.mentoring.registry.pair.PairViews.PairView;
import ru.mentoring.registry.pair.PairViews.RequestView;
import ru.mentoring.registry.school.School;
import ru.mentoring.registry.school.SchoolService;
import ru.mentoring.registry.shared.PageView;

/** Reading pairs, their history and the requests about them, as far as {@link PairAccess} lets the caller see. */
@Service
public class PairReading {

    private final PairRepository pairs;
    private final PairHistoryRepository history;
    private final PairChangeRequestRepository requests;
    private final PairPeople people;
    private final PairAccess access;
    private final SchoolService schools;

    PairReading(PairRepository pairs, PairHistoryRepository history, PairChangeRequestRepository requests, PairPeople people,
            PairAccess access, SchoolService schools) {
        this.pairs = pairs;
        this.history = history;
        this.requests = requests;
        this.people = people;
        this.access = access;
        this.schools = schools;
    }

    @Transactional(readOnly = true)
    PageView<PairView> list(CallerIdentity caller, String schoolCode, PairStatus status, Boolean active,
            MentoringForm form, UUID participantId, int page, int size) {
        Specification<MentoringPair> spec = PairAccess.visibleTo(caller);
        if (schoolCode != null) {
            School school = schools.readable(caller, schoolCode);
            spec = spec.and(PairAccess.withMemberWhere("schoolCode", school.getCode()));
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
            spec = spec.and(PairAccess.withMemberWhere("participantId", participantId));
        }
        Page<MentoringPair> found = pairs.findAll(spec, PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
        Map<UUID, PairPeople.Person> names = people.find(found.getContent().stream()
                .flatMap(p -> p.getMembers().stream().map(PairMember::getParticipantId)).collect(Collectors.toSet()));
        Set<String> several = severalMentors(found.getContent());
        List<PairView> items = found.getContent().stream().map(p -> PairViews.pair(caller, p, names, several)).toList();
        return new PageView<>(items, page, size, found.getTotalElements());
    }

    /** Every pair the caller may see (of one school, when given), newest first: the bank of pairs for export. */
    @Transactional(readOnly = true)
    public List<PairView> all(CallerIdentity caller, String schoolCode) {
        return list(caller, schoolCode, null, null, null, null, 0, 100_000).items();
    }

    @Transactional(readOnly = true)
    PairView one(CallerIdentity caller, UUID id) {
        return view(caller, access.readable(caller, id));
    }

    @Transactional(readOnly = true)
    List<HistoryView> history(CallerIdentity caller, UUID id) {
        access.readable(caller, id);
        return history.findByPairIdOrderByAtAscIdAsc(id).stream().map(HistoryView::of).toList();
    }

    @Transactional(readOnly = true)
    List<RequestView> requests(CallerIdentity caller, UUID id) {
        MentoringPair pair = access.readable(caller, id);
        List<PairChangeRequest> all = requests.findByPairIdOrderByRecordedAtAsc(id);
        Map<UUID, PairPeople.Person> names = people.find(all.stream().map(PairChangeRequest::getParticipantId).toList());
        return all.stream().map(r -> PairViews.request(caller, r, names.get(r.getParticipantId()),
                pair.memberOf(r.getParticipantId()).getRole())).toList();
    }

    /** A mentor's or mentee's own pairs (of their role), newest first; none for anyone else. */
    @Transactional(readOnly = true)
    public List<PairView> own(CallerIdentity caller) {
        if (!caller.isOwnParticipant()) {
            return List.of();
        }
        List<MentoringPair> mine = pairs.findAll(PairAccess.withMemberWhere("participantId", caller.participantId()),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))).stream().filter(p -> PairAccess.isMember(caller, p)).toList();
        Map<UUID, PairPeople.Person> names = people.find(mine.stream()
                .flatMap(p -> p.getMembers().stream().map(PairMember::getParticipantId)).collect(Collectors.toSet()));
        return mine.stream().map(p -> PairViews.pair(caller, p, names)).toList();
    }

    /** One of the caller's own pairs. */
    @Transactional(readOnly = true)
    public PairView ownOne(CallerIdentity caller, UUID id) {
        return view(caller, access.ofMember(caller, id));
    }

    /** Whether the caller is the mentor of this pair of theirs (else a mentee); "not found" if it is not theirs. */
    @Transactional(readOnly = true)
    public boolean isOwnMentor(CallerIdentity caller, UUID id) {
        return access.ofMember(caller, id).isMentor(caller.participantId());
    }

    /** The requests the caller made themselves about one of their own pairs. */
    @Transactional(readOnly = true)
    public List<RequestView> ownRequests(CallerIdentity caller, UUID id) {
        MentoringPair pair = access.ofMember(caller, id);
        List<PairChangeRequest> mine = requests.findByPairIdOrderByRecordedAtAsc(id).stream()
                .filter(r -> r.getParticipantId().equals(caller.participantId())).toList();
        Map<UUID, PairPeople.Person> names = people.find(List.of(caller.participantId()));
        return mine.stream().map(r -> PairViews.request(caller, r, names.get(r.getParticipantId()),
                pair.memberOf(r.getParticipantId()).getRole())).toList();
    }

    /** The pair with its members' names, as the caller may see them. */
    PairView view(CallerIdentity caller, MentoringPair pair) {
        Map<UUID, PairPeople.Person> names = people.find(pair.getMembers().stream().map(PairMember::getParticipantId).toList());
        return PairViews.pair(caller, pair, names, severalMentors(List.of(pair)));
    }

    /**
     * The mentees of these active pairs who have more than one active pair of that form, in one query for a whole page:
     * a list marks the lead mentor whether or not the mentee's other pair is on the same page.
     */
    private Set<String> severalMentors(List<MentoringPair> shown) {
        Set<UUID> mentees = shown.stream().filter(p -> p.getStatus().isActive())
                .flatMap(p -> p.mentees().stream().map(PairMember::getParticipantId)).collect(Collectors.toSet());
        if (mentees.isEmpty()) {
            return Set.of();
        }
        return pairs.menteesWithSeveralPairsOfForm(mentees, PairStatus.ACTIVE).stream()
                .map(row -> PairViews.menteeOfForm((UUID) row[0], (MentoringForm) row[1])).collect(Collectors.toSet());
    }
}
