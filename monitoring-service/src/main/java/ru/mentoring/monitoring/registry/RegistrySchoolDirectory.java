package ru.mentoring.monitoring.registry;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import ru.mentoring.platform.client.ServiceClients;

/**
 * Asks the registry service directly (not through the gateway) with monitoring's own
 * client-credentials token: the end user's token is never passed on.
 */
@Component
class RegistrySchoolDirectory implements SchoolDirectory {

    record RegistrySchool(String code, String municipalityCode) {
    }

    private final RestClient registry;

    RegistrySchoolDirectory(ServiceClients clients) {
        this.registry = clients.to("registry");
    }

    @Override
    public Optional<String> municipalityOf(String schoolCode) {
        try {
            RegistrySchool school = registry.get().uri("/api/registry/schools/{code}", schoolCode)
                    .retrieve().body(RegistrySchool.class);
            return Optional.ofNullable(school).map(RegistrySchool::municipalityCode);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw new RegistryUnavailableException("registry refused the school lookup: " + e.getStatusCode(), e);
        } catch (RestClientException e) {
            throw new RegistryUnavailableException("registry did not answer the school lookup", e);
        }
    }
}
