package ru.mentoring.registry.pair;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PairRepository extends JpaRepository<MentoringPair, UUID>, JpaSpecificationExecutor<MentoringPair> {

    @Query("select distinct p from MentoringPair p join p.members m where m.participantId = :participantId and p.status in :statuses")
    List<MentoringPair> withMember(UUID participantId, Collection<PairStatus> statuses);

    /** [participantId, pairId, mentorId] of the given people who are mentees of an active pair of the form. */
    @Query("""
            select m.participantId, p.id, mentor.participantId from MentoringPair p join p.members m join p.members mentor
            where m.participantId in :ids and m.role = ru.mentoring.registry.pair.MemberRole.MENTEE
              and mentor.role = ru.mentoring.registry.pair.MemberRole.MENTOR
              and p.form = :form and p.status in :statuses""")
    List<Object[]> menteesInPairsOfForm(Collection<UUID> ids, MentoringForm form, Collection<PairStatus> statuses);

    /** [participantId, form] of the given people who are mentees of more than one pair of a form in these statuses. */
    @Query("""
            select m.participantId, p.form from MentoringPair p join p.members m
            where m.participantId in :ids and m.role = ru.mentoring.registry.pair.MemberRole.MENTEE and p.status in :statuses
            group by m.participantId, p.form having count(distinct p.id) > 1""")
    List<Object[]> menteesWithSeveralPairsOfForm(Collection<UUID> ids, Collection<PairStatus> statuses);

    /**
     * Makes {@code pairId}'s mentor the mentee's lead mentor among their active pairs of the form, and no other. Plain
     * SQL: the membership is an element collection, and one statement keeps "one lead" true at every moment.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = """
            update pair_member set lead_mentor = (pair_id = :pairId)
            where participant_id = :menteeId and role = 'MENTEE'
              and pair_id in (select id from mentoring_pair where form = :form and status in (:statuses))""", nativeQuery = true)
    int setLeadMentor(UUID pairId, UUID menteeId, String form, Collection<String> statuses);

    /** Pairs with a member of the school that ran at some time in [from, to]: started by then, not ended before. */
    @Query("""
            select distinct p from MentoringPair p join p.members m
            where m.schoolCode = :schoolCode and p.startDate <= :to and coalesce(p.endedOn, p.endDate) >= :from""")
    List<MentoringPair> ofSchoolInPeriod(String schoolCode, LocalDate from, LocalDate to);
}
