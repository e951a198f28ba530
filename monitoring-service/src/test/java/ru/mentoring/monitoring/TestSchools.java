package ru.mentoring.monitoring;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.index.IndexClassifications;
import ru.mentoring.monitoring.index.LowResultList;
import ru.mentoring.monitoring.registry.RegistryFigures;
import ru.mentoring.monitoring.registry.RegistryPairs;
import ru.mentoring.monitoring.registry.SchoolDirectory;

/**
 * The registry and the index service as tests see them. Directory: a school code
 * {@code <municipality>-<school>} lies in that municipality; a code starting with {@code unknown}
 * is not registered. {@link #REGISTRY} and {@link #INDEX} hold the figures a test puts in them
 * (every test class uses its own municipality codes, so they do not meet).
 */
@TestConfiguration
public class TestSchools {

    public static final StubRegistry REGISTRY = new StubRegistry();
    public static final StubIndex INDEX = new StubIndex();
    public static final StubPairs PAIRS = new StubPairs();

    @Bean
    @Primary
    RegistryPairs testRegistryPairs() {
        return PAIRS;
    }

    /** The registry's pairs per school; a pair ran in a period when it started by its end and ended after its start. */
    public static final class StubPairs implements RegistryPairs {

        public final Map<String, List<PeriodPair>> bySchool = new ConcurrentHashMap<>();

        @Override
        public List<PeriodPair> ofSchool(String schoolCode, java.time.LocalDate from, java.time.LocalDate to) {
            return bySchool.getOrDefault(schoolCode, List.of()).stream()
                    .filter(p -> !p.startDate().isAfter(to) && !p.endDate().isBefore(from)).toList();
        }
    }

    @Bean
    @Primary
    SchoolDirectory testSchoolDirectory() {
        return code -> code.startsWith("unknown") || code.indexOf('-') < 0
                ? Optional.empty()
                : Optional.of(code.substring(0, code.indexOf('-')));
    }

    @Bean
    @Primary
    RegistryFigures testRegistryFigures() {
        return REGISTRY;
    }

    @Bean
    @Primary
    IndexClassifications testIndexClassifications() {
        return INDEX;
    }

    /** Registered schools with their counts; {@link #down} makes every answer unavailable. */
    public static final class StubRegistry implements RegistryFigures {

        public final Map<String, RegistrySchool> schools = new ConcurrentHashMap<>();
        public final Map<String, SchoolCounts> counts = new ConcurrentHashMap<>();
        public volatile String down;

        public void school(String code, String shortName, Long teachers, Long mentors, Long mentees) {
            schools.put(code, new RegistrySchool(code, shortName, "Полное имя " + shortName, code.substring(0, code.indexOf('-'))));
            counts.put(code, new SchoolCounts(code, teachers, mentors, mentees, false, false));
        }

        @Override
        public Available<List<RegistrySchool>> schoolsOf(String municipalityCode) {
            if (down != null) {
                return Available.unavailable(down);
            }
            return Available.of(schools.values().stream().filter(s -> s.municipalityCode().equals(municipalityCode)).toList());
        }

        @Override
        public Available<RegistrySchool> school(String schoolCode) {
            if (down != null) {
                return Available.unavailable(down);
            }
            RegistrySchool s = schools.get(schoolCode);
            return s == null ? Available.unavailable("Реестр не выдал сведения о школе " + schoolCode) : Available.of(s);
        }

        @Override
        public Available<Map<String, SchoolCounts>> countsOf(List<String> schoolCodes) {
            if (down != null) {
                return Available.unavailable(down);
            }
            Map<String, SchoolCounts> found = new ConcurrentHashMap<>();
            schoolCodes.forEach(c -> Optional.ofNullable(counts.get(c)).ifPresent(v -> found.put(c, v)));
            return Available.of(found);
        }
    }

    /** Classifications by year; a year not put here "has not been computed"; {@link #down} as unreachable. */
    public static final class StubIndex implements IndexClassifications {

        public final Map<Integer, Map<String, Set<String>>> years = new ConcurrentHashMap<>();
        public final Map<Integer, Set<String>> officialLists = new ConcurrentHashMap<>();
        public volatile String down;

        /** The region's official ШНОР list of the year (takes precedence over the computed classification). */
        public void official(int year, String... schools) {
            officialLists.computeIfAbsent(year, k -> ConcurrentHashMap.newKeySet()).addAll(Set.of(schools));
        }

        public void lowResults(int year, String... schools) {
            Map<String, Set<String>> y = years.computeIfAbsent(year, k -> new ConcurrentHashMap<>());
            for (String s : schools) {
                y.computeIfAbsent(s, k -> new HashSet<>()).add(LOW_RESULTS);
            }
        }

        public void classified(int year, String school, String... statuses) {
            years.computeIfAbsent(year, k -> new ConcurrentHashMap<>()).computeIfAbsent(school, k -> new HashSet<>())
                    .addAll(Set.of(statuses));
        }

        @Override
        public Available<Map<String, Set<String>>> statuses(int year) {
            if (down != null) {
                return Available.unavailable(down);
            }
            Map<String, Set<String>> y = years.get(year);
            return y == null ? Available.unavailable("Классификация школ за " + year + " год не рассчитана") : Available.of(y);
        }

        @Override
        public Available<LowResultList> lowResults(int year) {
            if (down != null) {
                return Available.unavailable(down);
            }
            Set<String> official = officialLists.get(year);
            if (official != null) {
                return Available.of(new LowResultList(year, official, true));
            }
            Available<Map<String, Set<String>>> computed = statuses(year);
            return computed.present() ? Available.of(LowResultList.computed(year, computed.value()))
                    : Available.unavailable(computed.unavailable());
        }
    }
}
