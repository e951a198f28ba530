package ru.mentoring.monitoring.registry;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks the registry service directly (not through the gateway) with monitoring's own
 * client-credentials token: the end user's token is never passed on.
 */
@Component
class RegistrySchoolDirectory implements SchoolDirectory {

    record RegistrySchool(String code, String municipalityCode) {
    }

    private final RestClient registry;

    RegistrySchoolDirectory(@Value("${monitoring.registry.url}") String registryUrl,
            ObjectProvider<OAuth2ClientHttpRequestInterceptor> serviceToken) {
        RestClient.Builder builder = RestClient.builder().baseUrl(registryUrl);
        serviceToken.ifAvailable(builder::requestInterceptor);
        this.registry = builder.build();
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
