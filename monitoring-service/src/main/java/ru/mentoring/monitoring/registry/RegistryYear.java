package ru.mentoring.monitoring.registry;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import ru.mentoring.monitoring.figures.Available;

/**
 * What the registry holds about a period (a programme year) for the information note: the pairs
 * that ran by form and interaction model, their people by form, role and category, and the events
 * of the pairs' programmes (the forms of support given). Exact counts, asked with monitoring's
 * service token; the note applies its reader's small-cell rule. Never throws: an unanswered read
 * comes back unavailable with the reason.
 */
public interface RegistryYear {

    /** Pairs and people of one school ({@code schoolCode} set) or of the municipality's schools. */
    Available<YearCounts> counts(String municipalityCode, String schoolCode, LocalDate from, LocalDate to);

    /** The pairs' programme events dated in the period, one line per title. */
    Available<List<SupportLine>> support(String municipalityCode, String schoolCode, LocalDate from, LocalDate to);

    /** The nominations awarded for the programme year (seed 003), of one school or of the municipality's schools. */
    Available<List<Award>> awarded(String municipalityCode, String schoolCode, int programmeYear);

    /** Each school of the municipality with its management team and personnel reserve counted (seed 004). */
    Available<List<ManagementLine>> management(String municipalityCode);

    /** @param nominee the mentor's or the pair's people by name, as the registry writes them */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Award(String schoolCode, String schoolShortName, String kindLabel, String nominee, String decisionNote) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ManagementLine(String schoolCode, String schoolShortName, long team, long reserve) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record YearCounts(long pairs, List<ModelLine> models, List<PeopleLine> people) {
    }

    /** @param form the registry's form code (the monitoring's {@code MentoringForm} codes) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ModelLine(String form, String formLabel, String interactionModel, String interactionModelLabel, long pairs) {
    }

    /**
     * @param form      the form code, or null for a line over every form (a person of two forms once)
     * @param role      MENTOR or MENTEE
     * @param kind      TEACHER, STUDENT, PARENT, PARTNER
     * @param kindLabel «педагог», «обучающийся», ...
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PeopleLine(String form, String role, String kind, String kindLabel, long people) {
    }

    /** @param title as the programmes most often write it; {@code pairs} planned it, {@code done} of {@code events} were done */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SupportLine(String title, long pairs, long events, long done) {
    }
}
