package ru.mentoring.monitoring.index;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.LocalHttp;
import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.platform.test.TestServiceClients;

import static org.assertj.core.api.Assertions.assertThat;

/** The index client against a local stand-in of {@code GET /api/index/years/{year}/classification}. */
class IndexServiceClassificationsTest {

    static IndexServiceClassifications client(String url) {
        return new IndexServiceClassifications(TestServiceClients.at(url));
    }

    @Test
    void theStatusesOfEachSchoolAreRead() throws Exception {
        try (LocalHttp index = new LocalHttp().answer("/api/index/years/2026/classification", 200, """
                [{"schoolCode":"a","ior":0.1,"iorQuartile":1,"isbsh":0.2,"isbshQuartile":1,
                  "statuses":["LOW_RESULTS","UNFAVOURABLE_SOCIAL"],"explanation":{"LOW_RESULTS":"ИОР 0,1 ≤ P25"}},
                 {"schoolCode":"b","ior":null,"iorQuartile":null,"statuses":[],"explanation":null}]""")) {
            Available<Map<String, Set<String>>> statuses = client(index.url()).statuses(2026);
            assertThat(statuses.present()).isTrue();
            assertThat(statuses.value().get("a")).containsExactlyInAnyOrder("LOW_RESULTS", "UNFAVOURABLE_SOCIAL");
            assertThat(statuses.value().get("b")).isEmpty();
        }
    }

    @Test
    void aYearWithoutClassificationOrAnUnreachableServiceIsUnavailable() throws Exception {
        String url;
        try (LocalHttp index = new LocalHttp()) {
            url = index.url();
            assertThat(client(url).statuses(2019).unavailable()).isEqualTo("Классификация школ за 2019 год не рассчитана");
        }
        assertThat(client(url).statuses(2019).unavailable()).contains("Сервис индексов не ответил");
    }

    @Test
    void theOfficialListIsTheShnorWhereItIsLoadedElseTheComputedClassification() throws Exception {
        try (LocalHttp index = new LocalHttp()
                .answer("/api/index/years/2025/official-low-results/comparison", 200, """
                        {"year":2025,"inBoth":["a"],"onlyOfficial":["c"],"onlyComputed":["b"]}""")
                .answer("/api/index/years/2024/classification", 200, """
                        [{"schoolCode":"a","statuses":["LOW_RESULTS"]},{"schoolCode":"b","statuses":["EFFECTIVE"]}]""")) {
            Available<LowResultList> official = client(index.url()).lowResults(2025);
            assertThat(official.value().official()).isTrue();
            assertThat(official.value().schools()).containsExactlyInAnyOrder("a", "c");
            assertThat(official.value().source()).isEqualTo("официальный перечень ШНОР 2025 года");

            // no official list for 2024 (404): the computed classification's LOW_RESULTS
            Available<LowResultList> computed = client(index.url()).lowResults(2024);
            assertThat(computed.value().official()).isFalse();
            assertThat(computed.value().schools()).containsExactly("a");
            assertThat(client(index.url()).lowResults(2019).unavailable()).isEqualTo("Классификация школ за 2019 год не рассчитана");
        }
    }
}
