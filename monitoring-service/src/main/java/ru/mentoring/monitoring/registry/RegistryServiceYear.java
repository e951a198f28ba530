package ru.mentoring.monitoring.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.platform.client.ServiceClients;

/**
 * {@code GET /api/registry/statistics/in-period} and {@code GET /api/registry/programmes/events-in-period}
 * of the registry, asked directly with monitoring's client-credentials token (the registry answers
 * them to a service token only).
 */
@Component
class RegistryServiceYear implements RegistryYear {

    private static final Logger log = LoggerFactory.getLogger(RegistryServiceYear.class);
    private static final ParameterizedTypeReference<List<SupportLine>> SUPPORT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Award>> AWARDS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<ManagementLine>> MANAGEMENT = new ParameterizedTypeReference<>() {
    };

    private final RestClient registry;

    RegistryServiceYear(ServiceClients clients) {
        this.registry = clients.to("registry");
    }

    @Override
    public Available<YearCounts> counts(String municipalityCode, String schoolCode, LocalDate from, LocalDate to) {
        return ask("/api/registry/statistics/in-period", "сведения о парах за год", municipalityCode, schoolCode, from, to,
                ParameterizedTypeReference.forType(YearCounts.class));
    }

    @Override
    public Available<List<SupportLine>> support(String municipalityCode, String schoolCode, LocalDate from, LocalDate to) {
        return ask("/api/registry/programmes/events-in-period", "мероприятия программ пар", municipalityCode, schoolCode, from, to,
                SUPPORT);
    }

    @Override
    public Available<List<Award>> awarded(String municipalityCode, String schoolCode, int programmeYear) {
        return ask("/api/registry/recognition/awarded", "решения о поощрении наставников",
                u -> scoped(u, municipalityCode, schoolCode).queryParam("programmeYear", programmeYear), AWARDS);
    }

    @Override
    public Available<List<ManagementLine>> management(String municipalityCode) {
        return ask("/api/registry/management/in-municipality", "управленческие команды школ",
                u -> u.queryParam("municipalityCode", municipalityCode), MANAGEMENT);
    }

    private <T> Available<T> ask(String path, String what, String municipalityCode, String schoolCode, LocalDate from,
            LocalDate to, ParameterizedTypeReference<T> type) {
        return ask(path, what, u -> scoped(u, municipalityCode, schoolCode).queryParam("from", from).queryParam("to", to), type);
    }

    private <T> Available<T> ask(String path, String what, UnaryOperator<UriBuilder> query, ParameterizedTypeReference<T> type) {
        try {
            T body = registry.get().uri(u -> query.apply(u.path(path)).build()).retrieve().body(type);
            if (body == null) {
                return Available.unavailable("Реестр вернул " + what + " в неожиданном виде");
            }
            return Available.of(body);
        } catch (HttpStatusCodeException e) {
            log.warn("Registry refused {}: {}", path, e.getStatusCode());
            return Available.unavailable("Реестр отказал в запросе на " + what + " (HTTP " + e.getStatusCode().value() + ")");
        } catch (RuntimeException e) {
            log.warn("Registry did not answer {}: {}", path, e.toString());
            return Available.unavailable("Реестр не ответил на запрос на " + what + ": данные временно недоступны");
        }
    }

    private static UriBuilder scoped(UriBuilder u, String municipalityCode, String schoolCode) {
        return schoolCode != null ? u.queryParam("schoolCode", schoolCode) : u.queryParam("municipalityCode", municipalityCode);
    }
}
