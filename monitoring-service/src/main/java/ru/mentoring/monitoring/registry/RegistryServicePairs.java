package ru.mentoring.monitoring.registry;

import java.time.LocalDate;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import ru.mentoring.platform.client.ServiceClients;

/**
 * {@code GET /api/registry/pairs/in-period} of the registry, asked directly with monitoring's
 * client-credentials token (the registry answers it to a service token only).
 */
@Component
class RegistryServicePairs implements RegistryPairs {

    private static final ParameterizedTypeReference<List<PeriodPair>> PAIRS = new ParameterizedTypeReference<>() {
    };

    private final RestClient registry;

    RegistryServicePairs(ServiceClients clients) {
        this.registry = clients.to("registry");
    }

    @Override
    public List<PeriodPair> ofSchool(String schoolCode, LocalDate from, LocalDate to) {
        try {
            List<PeriodPair> pairs = registry.get()
                    .uri(u -> u.path("/api/registry/pairs/in-period").queryParam("schoolCode", schoolCode)
                            .queryParam("from", from).queryParam("to", to).build())
                    .retrieve().body(PAIRS);
            return pairs == null ? List.of() : pairs;
        } catch (RestClientException e) {
            throw new RegistryUnavailableException("registry did not give the pairs of " + schoolCode, e);
        }
    }
}
