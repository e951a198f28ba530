package ru.mentoring.monitoring.registry;

import java.util.List;
import java.util.Map;

import ru.mentoring.monitoring.figures.Available;

/**
 * The registry's schools and people counts that the programme targets rest on, asked
 * service-to-service. Never throws for an unreachable registry: the figure comes back unavailable
 * with the reason.
 */
public interface RegistryFigures {

    /** The registry's schools of a municipality. */
    Available<List<RegistrySchool>> schoolsOf(String municipalityCode);

    /** One registered school (its names and municipality). */
    Available<RegistrySchool> school(String schoolCode);

    /** Counts per school code (only the schools asked for); a figure the registry does not publish is null. */
    Available<Map<String, SchoolCounts>> countsOf(List<String> schoolCodes);

    record RegistrySchool(String code, String shortName, String fullName, String municipalityCode) {

        public String displayName() {
            return shortName != null && !shortName.isBlank() ? shortName : fullName != null ? fullName : code;
        }
    }

    /**
     * @param teachers           teachers of the school (участники категории «педагог»)
     * @param mentors            the school's people who mentor in an active pair, or null when the registry does not say
     * @param mentees            the school's people who are mentees in an active pair, or null
     * @param mentorsAreTeachers true when {@code mentors} counts teachers only (the registry breaks it down by kind);
     *                           false when it counts mentors of every kind (students, partners included)
     * @param menteesAreTeachers the same for {@code mentees}
     */
    record SchoolCounts(String schoolCode, Long teachers, Long mentors, Long mentees, boolean mentorsAreTeachers,
            boolean menteesAreTeachers) {
    }
}
