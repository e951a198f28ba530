package ru.mentoring.monitoring.registry;

import java.time.LocalDate;
import java.util.List;

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

    private <T> Available<T> ask(String path, String what, String municipalityCode, String schoolCode, LocalDate from,
            LocalDate to, ParameterizedTypeReference<T> type) {
        try {
            T body = registry.get().uri(u -> scoped(u.path(path), municipalityCode, schoolCode).queryParam("from", from)
                    .queryParam("to", to).build()).retrieve().body(type);
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
