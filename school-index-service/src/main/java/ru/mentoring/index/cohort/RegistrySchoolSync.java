package ru.mentoring.index.cohort;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import ru.mentoring.platform.client.ServiceClients;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.tenant.TenantContext;

/**
 * The registry's schools are the platform's tenants; the index service learns them from the
 * registry itself (service-to-service, with this service's client-credentials token), so a
 * coordinator never enters them twice. Run before every load and every classification; when the
 * registry cannot be reached the cohort stays as it was and the work goes on.
 */
@Component
public class RegistrySchoolSync {

    private static final Logger log = LoggerFactory.getLogger(RegistrySchoolSync.class);

    record RegistrySchool(String code, String shortName, boolean advancedLevel, String municipalityCode) {
    }

    private final RestClient registry;
    private final CohortSchoolService cohort;

    RegistrySchoolSync(ServiceClients clients, CohortSchoolService cohort) {
        this.registry = clients.to("registry");
        this.cohort = cohort;
    }

    /** @return how many registry schools are known now, or -1 when the registry did not answer */
    public int sync() {
        List<RegistrySchool> schools;
        try {
            schools = registry.get().uri("/api/registry/schools").retrieve().body(new ParameterizedTypeReference<>() {
            });
        } catch (RuntimeException e) { // best effort: a client, token or parsing failure alike
            log.warn("Registry schools not synchronised (registry or Keycloak unreachable): {}", e.getMessage());
            return -1;
        }
        if (schools == null) {
            return -1;
        }
        TenantContext.callAsSystem(() -> {
            for (RegistrySchool s : schools) {
                cohort.upsert(s.code(), new CohortSchoolRequest(s.shortName(), s.municipalityCode(), s.advancedLevel(),
                        SchoolSource.REGISTRY), new CallerScope.Everything());
            }
            return null;
        });
        return schools.size();
    }
}
