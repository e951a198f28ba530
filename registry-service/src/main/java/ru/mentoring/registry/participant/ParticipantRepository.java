package ru.mentoring.registry.participant;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    List<Participant> findBySchoolCodeOrderByLastNameAscFirstNameAsc(String schoolCode);

    boolean existsBySchoolCodeAndExternalKey(String schoolCode, String externalKey);

    boolean existsBySchoolCodeAndExternalKeyAndIdNot(String schoolCode, String externalKey, UUID id);

    /**
     * Whether the person is a member of a pair that has not ended (completed or terminated): the
     * pair's form was checked against the person's category, so the category must stay.
     */
    @Query(value = """
            select exists(select 1 from pair_member m join mentoring_pair p on p.id = m.pair_id
                          where m.participant_id = :id and p.status not in ('COMPLETED', 'TERMINATED'))""", nativeQuery = true)
    boolean inRunningPair(UUID id);

    /** Whether the person has a consent in force (native: the participant feature does not depend on consent). */
    @Query(value = "select exists(select 1 from consent c where c.participant_id = :id and c.withdrawn_on is null)",
            nativeQuery = true)
    boolean hasConsentInForce(UUID id);

    /**
     * Row locks on the people a change is about (consent, pair), taken in id order so that two
     * curators working on overlapping people wait for each other instead of deadlocking; the
     * second one then sees the first one's pair or withdrawal and its checks hold.
     */
    @Query(value = "select id from participant where id in (:ids) order by id for update", nativeQuery = true)
    List<UUID> lockAll(Collection<UUID> ids);

    /** Per-school counts by kind: no names, for the department's dashboards. */
    @Query("""
            select p.schoolCode as schoolCode, p.kind as kind, count(p) as total
            from Participant p
            where p.schoolCode in :schoolCodes
            group by p.schoolCode, p.kind""")
    List<KindCount> countBySchoolAndKind(List<String> schoolCodes);

    interface KindCount {
        String getSchoolCode();

        ParticipantKind getKind();

        long getTotal();
    }
}
