package ru.mentoring.monitoring.round;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.registry.RegistryPairs;
import ru.mentoring.monitoring.registry.RegistryPairs.PeriodPair;

/** Who a round opened from the registry's pairs asks: plain rules, no I/O. */
final class RoundsFromPairs {

    private RoundsFromPairs() {
    }

    /**
     * The school's members of the given role in the pairs, once each. A terminated pair is left out:
     * its people did not go through the programme. Someone in two pairs is asked once, about their
     * earliest pair (the registry lists pairs by start date), whose form and model they are counted under.
     */
    static List<RoundService.Asked> respondents(List<PeriodPair> pairs, RespondentRole role) {
        List<RoundService.Asked> asked = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (PeriodPair p : pairs) {
            if (RegistryPairs.TERMINATED.equals(p.status())) {
                continue;
            }
            RoundRespondent.PairOf pair = new RoundRespondent.PairOf(MentoringForm.valueOf(p.form()), p.interactionModel(),
                    p.interactionModelLabel());
            for (RegistryPairs.Member m : p.members()) {
                if (role.name().equals(m.role()) && seen.add(m.participantId())) {
                    asked.add(new RoundService.Asked(m.participantId(), role, p.id(), pair));
                }
            }
        }
        return asked;
    }
}
