package ru.mentoring.registry.participant;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParticipantRepository extends JpaRepository<Participant, UUID> {

    List<Participant> findBySchoolCodeOrderByLastNameAscFirstNameAsc(String schoolCode);

    boolean existsBySchoolCodeAndExternalKey(String schoolCode, String externalKey);

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
