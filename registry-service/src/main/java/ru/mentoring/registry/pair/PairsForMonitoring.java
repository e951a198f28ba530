package ru.mentoring.registry.pair;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pairs of a school that ran in a period, as the monitoring service opens its rounds from them:
 * form, interaction model, stage and the ids of the school's own members, nothing else (no names, no
 * other school's people). Read with a service token only.
 */
@Service
class PairsForMonitoring {

    /** @param members the pair's people of the asked school (a cross-school pair's others are left out) */
    record PeriodPair(UUID id, MentoringForm form, InteractionModel interactionModel, String interactionModelLabel,
            PairStatus status, LocalDate startDate, LocalDate endDate, LocalDate endedOn, List<Member> members) {
    }

    record Member(UUID participantId, MemberRole role) {
    }

    private final PairRepository pairs;

    PairsForMonitoring(PairRepository pairs) {
        this.pairs = pairs;
    }

    @Transactional(readOnly = true)
    List<PeriodPair> ofSchool(String schoolCode, LocalDate from, LocalDate to) {
        return pairs.ofSchoolInPeriod(schoolCode, from, to).stream()
                .sorted(Comparator.comparing(MentoringPair::getStartDate).thenComparing(MentoringPair::getId))
                .map(p -> new PeriodPair(p.getId(), p.getForm(), p.getInteractionModel(), p.getInteractionModel().label(),
                        p.getStatus(), p.getStartDate(), p.getEndDate(), p.getEndedOn(),
                        p.getMembers().stream().filter(m -> m.getSchoolCode().equals(schoolCode))
                                .map(m -> new Member(m.getParticipantId(), m.getRole())).toList()))
                .toList();
    }
}
