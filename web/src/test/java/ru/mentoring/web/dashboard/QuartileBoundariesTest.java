package ru.mentoring.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QuartileBoundariesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theScattersLinesAreTheYearsBoundariesFromTheFirstSchoolWhoseExplanationHasBoth() {
        // the index service's answer: a school without indices first, then one with both (shape of GET .../classification)
        List<JsonNode> classification = List.of(
                JSON.readTree("""
                        {"schoolCode":"mil-e2e-new","ior":null,"isbsh":null,"explanation":{
                          "ior":{"value":null,"boundaries":{"p25":0.45,"p50":0.59,"p75":0.70}},
                          "isbsh":{"raw":null,"value":null}}}"""),
                JSON.readTree("""
                        {"schoolCode":"mil-sosh-2","ior":0.69,"isbsh":0.23,"explanation":{
                          "ior":{"value":0.69,"quartile":3,"boundaries":{"p25":0.45,"p50":0.59,"p75":0.70}},
                          "isbsh":{"value":0.23,"quartile":1,"boundaries":{"p25":0.31,"p50":0.50,"p75":0.63}}}}"""));

        List<Double>[] bounds = OverviewService.boundaries(classification);

        assertThat(bounds[0]).containsExactly(0.45, 0.59, 0.70);
        assertThat(bounds[1]).containsExactly(0.31, 0.50, 0.63);
        assertThat(OverviewService.boundaries(List.of())).isNull();
    }
}
