package ru.mentoring.monitoring.registry;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;

import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.platform.client.ServiceClients;

/**
 * {@code GET /api/registry/schools} and {@code GET /api/registry/statistics/schools} of the
 * registry, asked directly with monitoring's client-credentials token (never the user's). The
 * counts are read tolerantly: {@code participants.TEACHER}, {@code mentors}, {@code mentees}, and
 * when the registry breaks mentors or mentees down by kind ({@code mentorsByKind.TEACHER},
 * {@code menteesByKind.TEACHER}) the teachers among them.
 */
@Component
class RegistryServiceFigures implements RegistryFigures {

    private static final Logger log = LoggerFactory.getLogger(RegistryServiceFigures.class);

    /** The part of the registry's school that monitoring reads. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SchoolLine(String code, String shortName, String fullName, String municipalityCode) {

        RegistrySchool school() {
            return new RegistrySchool(code, shortName, fullName, municipalityCode);
        }
    }

    /** The part of the registry's per-school statistics that monitoring reads; absent counts are null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatisticsLine(String schoolCode, Map<String, Long> participants, Long mentors, Long mentees,
            Map<String, Long> mentorsByKind, Map<String, Long> menteesByKind) {

        SchoolCounts counts() {
            Long teacherMentors = teachers(mentorsByKind);
            Long teacherMentees = teachers(menteesByKind);
            return new SchoolCounts(schoolCode, teachers(participants),
                    teacherMentors != null ? teacherMentors : mentors,
                    teacherMentees != null ? teacherMentees : mentees,
                    teacherMentors != null, teacherMentees != null);
        }

        private static Long teachers(Map<String, Long> byKind) {
            return byKind == null ? null : byKind.get("TEACHER");
        }
    }

    private static final ParameterizedTypeReference<List<SchoolLine>> SCHOOLS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<StatisticsLine>> STATISTICS = new ParameterizedTypeReference<>() {
    };

    private final RestClient registry;

    RegistryServiceFigures(ServiceClients clients) {
        this.registry = clients.to("registry");
    }

    @Override
    public Available<List<RegistrySchool>> schoolsOf(String municipalityCode) {
        return ask("/api/registry/schools", "список школ", SCHOOLS, lines -> lines.stream()
                .filter(s -> municipalityCode.equals(s.municipalityCode()))
                .map(SchoolLine::school)
                .toList());
    }

    @Override
    public Available<RegistrySchool> school(String schoolCode) {
        try {
            SchoolLine s = registry.get().uri("/api/registry/schools/{code}", schoolCode).retrieve().body(SchoolLine.class);
            if (s == null) {
                return Available.unavailable("Реестр вернул сведения о школе в неожиданном виде");
            }
            return Available.of(s.school());
        } catch (HttpStatusCodeException e) {
            return Available.unavailable("Реестр не выдал сведения о школе " + schoolCode + " (HTTP " + e.getStatusCode().value() + ")");
        } catch (RuntimeException e) {
            log.warn("Registry did not answer the school {}: {}", schoolCode, e.toString());
            return Available.unavailable("Реестр не ответил: сведения о школе временно недоступны");
        }
    }

    @Override
    public Available<Map<String, SchoolCounts>> countsOf(List<String> schoolCodes) {
        Set<String> wanted = new HashSet<>(schoolCodes);
        return ask("/api/registry/statistics/schools", "статистику участников", STATISTICS, lines -> {
            Map<String, SchoolCounts> counts = new LinkedHashMap<>();
            for (StatisticsLine line : lines) {
                if (line.schoolCode() != null && wanted.contains(line.schoolCode())) {
                    counts.put(line.schoolCode(), line.counts());
                }
            }
            return counts;
        });
    }

    private <L, T> Available<T> ask(String path, String what, ParameterizedTypeReference<List<L>> type,
            Function<List<L>, T> read) {
        try {
            List<L> body = registry.get().uri(path).retrieve().body(type);
            if (body == null) {
                return Available.unavailable("Реестр вернул " + what + " в неожиданном виде");
            }
            return Available.of(read.apply(body));
        } catch (HttpStatusCodeException e) {
            log.warn("Registry refused {}: {}", path, e.getStatusCode());
            return Available.unavailable("Реестр отказал в запросе на " + what + " (HTTP " + e.getStatusCode().value()
                    + (e.getStatusCode().value() == 403 ? ": сервису мониторинга не выдан доступ" : "") + ")");
        } catch (RuntimeException e) {
            log.warn("Registry did not answer {}: {}", path, e.toString());
            return Available.unavailable("Реестр не ответил на запрос на " + what + ": данные временно недоступны");
        }
    }
}
