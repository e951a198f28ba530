package ru.mentoring.monitoring.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.registry.RegistryYear;

/**
 * The registry's year as the note's tests see it: counts and programme events per scope
 * ({@code m:<municipality>} or {@code s:<school>}) and year; nothing put in: an empty year.
 */
@TestConfiguration
class TestRegistryYear {

    static final Stub YEAR = new Stub();

    @Bean
    @Primary
    RegistryYear testRegistryYear() {
        return YEAR;
    }

    static final class Stub implements RegistryYear {

        final Map<String, YearCounts> counts = new ConcurrentHashMap<>();
        final Map<String, List<SupportLine>> support = new ConcurrentHashMap<>();

        private static String key(String municipalityCode, String schoolCode, LocalDate from) {
            return (schoolCode != null ? "s:" + schoolCode : "m:" + municipalityCode) + ":" + from.getYear();
        }

        @Override
        public Available<YearCounts> counts(String municipalityCode, String schoolCode, LocalDate from, LocalDate to) {
            return Available.of(counts.getOrDefault(key(municipalityCode, schoolCode, from), new YearCounts(0, List.of(), List.of())));
        }

        final Map<String, List<Award>> awards = new ConcurrentHashMap<>();
        final Map<String, List<ManagementLine>> management = new ConcurrentHashMap<>();

        @Override
        public Available<List<Award>> awarded(String municipalityCode, String schoolCode, int programmeYear) {
            return Available.of(awards.getOrDefault((schoolCode != null ? "s:" + schoolCode : "m:" + municipalityCode) + ":" + programmeYear,
                    List.of()));
        }

        @Override
        public Available<List<ManagementLine>> management(String municipalityCode) {
            return Available.of(management.getOrDefault(municipalityCode, List.of()));
        }

        @Override
        public Available<List<SupportLine>> support(String municipalityCode, String schoolCode, LocalDate from, LocalDate to) {
            return Available.of(support.getOrDefault(key(municipalityCode, schoolCode, from), List.of()));
        }
    }
}
