package ru.mentoring.monitoring.index;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

import ru.mentoring.monitoring.figures.Available;

/** {@code GET /api/index/years/{year}/classification} with monitoring's client-credentials token. */
@Component
class IndexServiceClassifications implements IndexClassifications {

    private static final Logger log = LoggerFactory.getLogger(IndexServiceClassifications.class);

    private final RestClient index;

    IndexServiceClassifications(@Value("${monitoring.index.url}") String indexUrl,
            @Value("${monitoring.remote-timeout:3s}") Duration timeout,
            ObjectProvider<OAuth2ClientHttpRequestInterceptor> serviceToken) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        RestClient.Builder builder = RestClient.builder().baseUrl(indexUrl).requestFactory(requests);
        serviceToken.ifAvailable(builder::requestInterceptor);
        this.index = builder.build();
    }

    @Override
    public Available<Map<String, Set<String>>> statuses(int year) {
        try {
            return index.get().uri("/api/index/years/{year}/classification", year)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 404) {
                            return Available.<Map<String, Set<String>>>unavailable(
                                    "Классификация школ за " + year + " год не рассчитана");
                        }
                        if (status != 200) {
                            log.warn("Index service answered {} for the classification of {}", status, year);
                            return Available.<Map<String, Set<String>>>unavailable(
                                    "Сервис индексов отказал в запросе классификации за " + year + " год (HTTP " + status + ")");
                        }
                        JsonNode body = response.bodyTo(JsonNode.class);
                        Map<String, Set<String>> statuses = new HashMap<>();
                        if (body != null && body.isArray()) {
                            for (JsonNode line : body) {
                                JsonNode code = line.get("schoolCode");
                                if (code == null || code.isNull()) {
                                    continue;
                                }
                                Set<String> set = new HashSet<>();
                                line.path("statuses").forEach(s -> set.add(s.asString()));
                                statuses.put(code.asString(), set);
                            }
                        }
                        return Available.of(statuses);
                    });
        } catch (RuntimeException e) {
            log.warn("Index service did not answer the classification of {}: {}", year, e.toString());
            return Available.unavailable("Сервис индексов не ответил: классификация школ за " + year
                    + " год временно недоступна");
        }
    }
}
