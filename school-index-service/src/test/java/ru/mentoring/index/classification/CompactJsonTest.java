package ru.mentoring.index.classification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.index.benchmark.ClassificationBenchmark;
import ru.mentoring.index.methodology.ClassificationResult;
import ru.mentoring.index.methodology.Classifier;
import ru.mentoring.index.methodology.SchoolResult;

import static org.assertj.core.api.Assertions.assertThat;

class CompactJsonTest {

    private final JsonMapper jackson = JsonMapper.builder().build();

    @Test
    void writesEveryExplanationOfTheBenchmarkCohortExactlyAsJacksonDoes() {
        ClassificationResult result = Classifier.classify(ClassificationBenchmark.methodology(),
                ClassificationBenchmark.cohort(new Random(42)), 2024);
        assertThat(result.schools()).hasSize(40_000);
        for (SchoolResult school : result.schools()) {
            Map<String, Object> explanation = school.explanation();
            assertThat(CompactJson.write(explanation)).as(school.schoolCode()).isEqualTo(jackson.writeValueAsString(explanation));
        }
    }

    @Test
    void escapesAsJacksonDoes() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "кавычка \" и \\ — ≤ P25\n\t\r\b\f\u0001\u001f/\u2028");
        map.put("numbers", List.of(1, 2L, -0.0, 1e-300, 12345678.9, Double.MIN_VALUE));
        map.put("nothing", null);
        map.put("yes", true);
        map.put("nested", Map.of("a", List.of()));
        assertThat(CompactJson.write(map)).isEqualTo(jackson.writeValueAsString(map));
    }

    /**
     * The benchmark cohort's 2024 results pinned: school, statuses, quartiles, indices and the
     * explanation's text as stored. The value was computed on the tree before issue 16's changes
     * (explanations written by Jackson then); a change that moves any result of any school fails here.
     */
    @Test
    void theBenchmarkCohortsResultsAreThoseOfBeforeIssue16() throws Exception {
        ClassificationResult result = Classifier.classify(ClassificationBenchmark.methodology(),
                ClassificationBenchmark.cohort(new Random(42)), 2024);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        for (SchoolResult s : result.schools()) {
            md5.update((s.schoolCode() + "|" + s.statuses() + "|" + s.iorQuartile() + "|" + s.isbshQuartile() + "|" + s.ior()
                    + "|" + s.isbsh() + "|" + CompactJson.write(s.explanation()) + ";").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(HexFormat.of().formatHex(md5.digest())).isEqualTo("385f939c743afe733ce1d34202cd86b3");
    }
}
