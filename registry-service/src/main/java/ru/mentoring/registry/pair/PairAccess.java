package ru.mentoring.registry.pair;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.security.Role;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;
import ru.mentoring.platform.web.NotFoundException;

/**
 * Who reaches a pair. Pairs are people's data: the scope is the writer's. The coordinator of its
 * municipality and the administrators of every school with a person in it may see it; the
 * coordinator, or the school administrator when every member is of their school, may change it (a
 * cross-school pair is the municipal centre's); a department viewer never reaches pairs. Another
 * caller's pair is "not found", whether it exists or not. A mentor or mentee in their own account
 * reaches exactly the pairs they are a member of ({@link #ofMember}), and no pair through the
 * school-wide paths.
 */
@Component
public class PairAccess {

    private final PairRepository pairs;

    PairAccess(PairRepository pairs) {
        this.pairs = pairs;
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
     * A pair the caller is a member of, in their own account (mentor or mentee, linked to their
     * record): anything else — another pair, a staff caller, an unlinked account — is "not found".
     */
    @Transactional(readOnly = true)
    public MentoringPair ofMember(CallerIdentity caller, UUID id) {
        return pairs.findById(id).filter(p -> isMember(caller, p)).orElseThrow(() -> new NotFoundException("pair", id));
    }

    static boolean isMember(CallerIdentity caller, MentoringPair p) {
        return caller.isOwnParticipant() && p.hasMember(caller.participantId())
                && caller.has(p.isMentor(caller.participantId()) ? Role.MENTOR : Role.MENTEE);
    }

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

    /** A school administrator pairs people of their school; the coordinator, people of their municipality. */
    static boolean mayFormPairWith(CallerIdentity caller, PairPeople.Person p) {
        return CallerScope.forWriting(caller).includes(p.schoolCode(), p.municipalityCode());
    }

    /**
     * A participant's request about a pair is recorded by whoever may change the pair, or by the
     * requester's own school (it received the paper).
     */
    static boolean mayRecordRequestOf(CallerIdentity caller, MentoringPair pair, PairMember member) {
        return mayWrite(caller, pair) || CallerScope.forWriting(caller) instanceof CallerScope.School own
                && member.getSchoolCode().equals(own.schoolCode());
    }

    /** The pairs {@link #mayRead} admits, as a query. */
    static Specification<MentoringPair> visibleTo(CallerIdentity caller) {
        return switch (CallerScope.forWriting(caller)) {
            case CallerScope.Municipality m -> (root, q, cb) -> cb.equal(root.get("municipalityCode"), m.municipality());
            case CallerScope.School own -> withMemberWhere("schoolCode", own.schoolCode());
            default -> (root, q, cb) -> cb.disjunction();
        };
    }

    /** Pairs with a member whose {@code field} ({@code schoolCode}, {@code participantId}) is {@code value}. */
    static Specification<MentoringPair> withMemberWhere(String field, Object value) {
        return (root, q, cb) -> {
            Subquery<UUID> sq = q.subquery(UUID.class);
            Root<MentoringPair> p = sq.from(MentoringPair.class);
            Join<MentoringPair, PairMember> m = p.join("members");
            sq.select(p.get("id")).where(cb.equal(m.get(field), value));
            return root.get("id").in(sq);
        };
    }
}
