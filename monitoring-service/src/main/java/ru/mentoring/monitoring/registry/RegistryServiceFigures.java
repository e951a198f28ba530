package ru.mentoring.monitoring.registry;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

import ru.mentoring.monitoring.figures.Available;

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

    private final RestClient registry;

    RegistryServiceFigures(@Value("${monitoring.registry.url}") String registryUrl,
            @Value("${monitoring.remote-timeout:3s}") Duration timeout,
            ObjectProvider<OAuth2ClientHttpRequestInterceptor> serviceToken) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        RestClient.Builder builder = RestClient.builder().baseUrl(registryUrl).requestFactory(requests);
        serviceToken.ifAvailable(builder::requestInterceptor);
        this.registry = builder.build();
    }

    @Override
    public Available<List<RegistrySchool>> schoolsOf(String municipalityCode) {
        return ask("/api/registry/schools", "список школ", body -> {
            List<RegistrySchool> schools = new ArrayList<>();
            for (JsonNode s : body) {
                if (municipalityCode.equals(text(s, "municipalityCode"))) {
                    schools.add(new RegistrySchool(text(s, "code"), text(s, "shortName"), text(s, "fullName"),
                            text(s, "municipalityCode")));
                }
            }
            return schools;
        });
    }

    @Override
    public Available<RegistrySchool> school(String schoolCode) {
        try {
            JsonNode s = registry.get().uri("/api/registry/schools/{code}", schoolCode).retrieve().body(JsonNode.class);
            if (s == null || !s.isObject()) {
                return Available.unavailable("Реестр вернул сведения о школе в неожиданном виде");
            }
            return Available.of(new RegistrySchool(text(s, "code"), text(s, "shortName"), text(s, "fullName"),
                    text(s, "municipalityCode")));
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
        return ask("/api/registry/statistics/schools", "статистику участников", body -> {
            Map<String, SchoolCounts> counts = new LinkedHashMap<>();
            for (JsonNode s : body) {
                String code = text(s, "schoolCode");
                if (code == null || !wanted.contains(code)) {
                    continue;
                }
                Long teacherMentors = number(s.path("mentorsByKind"), "TEACHER");
                Long teacherMentees = number(s.path("menteesByKind"), "TEACHER");
                counts.put(code, new SchoolCounts(code, number(s.path("participants"), "TEACHER"),
                        teacherMentors != null ? teacherMentors : number(s, "mentors"),
                        teacherMentees != null ? teacherMentees : number(s, "mentees"),
                        teacherMentors != null, teacherMentees != null));
            }
            return counts;
        });
    }

    private <T> Available<T> ask(String path, String what, java.util.function.Function<JsonNode, T> read) {
        try {
            JsonNode body = registry.get().uri(path).retrieve().body(JsonNode.class);
            if (body == null || !body.isArray()) {
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

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Long number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isNumber() ? null : v.asLong();
    }
}
