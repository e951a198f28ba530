package ru.mentoring.monitoring.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The registry's pairs of a school that ran in a period: what a round opened "from pairs" asks. */
public interface RegistryPairs {

    /** The stage a pair starts at (seed 001 6.2.3: подготовительный): nothing has been done yet. */
    String FIRST_STAGE = "PREPARATORY";
    String TERMINATED = "TERMINATED";

    /**
     * The pairs with a member of the school that ran at some time in [from, to], each with the
     * school's own members only.
     *
     * @throws RegistryUnavailableException when the registry cannot be asked
     */
    List<PeriodPair> ofSchool(String schoolCode, LocalDate from, LocalDate to);

    /**
     * @param form                  the registry's form code (the same codes as monitoring's form)
     * @param interactionModel      the registry's interaction model code
     * @param interactionModelLabel its label («опытный педагог – молодой специалист»)
     * @param status                the pair's stage or end (PREPARATORY … RESULTATIVE, COMPLETED, TERMINATED)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PeriodPair(UUID id, String form, String interactionModel, String interactionModelLabel, String status,
            LocalDate startDate, LocalDate endDate, List<Member> members) {
    }

    /** @param role MENTOR or MENTEE */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(UUID participantId, String role) {
    }
}
