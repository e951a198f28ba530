package ru.mentoring.index.methodologyversion;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** Versions are named per test ("mv-..."), so the classes sharing the database do not meet. */
@SpringBootTest
@AutoConfigureMockMvc
class MethodologyVersionApiTest {

    static final String FULL = """
            {
              "indicators": [
                {"code":"mv-ege-math","name":"ЕГЭ, математика профильная","source":"GIA","direction":1,"weight":2},
                {"code":"mv-vpr-rus","name":"ВПР, русский язык","source":"VPR","direction":1,"weight":1},
                {"code":"mv-fail-share","name":"Доля не сдавших ОГЭ","source":"GIA","direction":-1,"weight":0}
              ],
              "contextFactors": [
                {"code":"mv-low-income","name":"Доля малообеспеченных семей","weight":-0.6},
                {"code":"mv-higher-ed","name":"Доля родителей с высшим образованием","weight":0.4}
              ],
              "isbshMode": "FIXED_WEIGHTS",
              "thresholds": {"alpha":0.05,"unstableGap":0.01,"giaVprRatio":1.5},
              "cohort": {"choice":"ALL_LOADED"}
            }""";

    private final MockMvc mvc;

    MethodologyVersionApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void aCoordinatorStoresAVersionAndEveryoneReadsItBack() throws Exception {
        putAs("mv-2025.1", FULL)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value("mv-2025.1"))
                .andExpect(jsonPath("$.indicators[0].source").value("GIA"))
                .andExpect(jsonPath("$.indicators[2].direction").value(-1))
                .andExpect(jsonPath("$.contextFactors[0].weight").value(-0.6))
                .andExpect(jsonPath("$.createdBy").value("region"))
                .andExpect(jsonPath("$.used").value(false));
        mvc.perform(get("/api/index/methodologies/mv-2025.1").with(schoolAdmin("mv-school", "mv")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isbshMode").value("FIXED_WEIGHTS"))
                .andExpect(jsonPath("$.thresholds.giaVprRatio").value(1.5))
                .andExpect(jsonPath("$.cohort.choice").value("ALL_LOADED"));
        mvc.perform(get("/api/index/methodologies").with(departmentViewer("mv")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].version", hasItem("mv-2025.1")));
    }

    @Test
    void theSameDefinitionAgainIsAnIdempotentOkAndADifferentOneIsAConflict() throws Exception {
        putAs("mv-idem", FULL).andExpect(status().isCreated());
        putAs("mv-idem", FULL).andExpect(status().isOk()).andExpect(jsonPath("$.version").value("mv-idem"));
        putAs("mv-idem", FULL.replace("\"weight\":2", "\"weight\":3"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void defaultsAreFilledInAndRegressionModeDropsGivenFactorWeights() throws Exception {
        String regression = """
                {"indicators":[{"code":"mv-r1","name":"ОГЭ","source":"GIA","direction":1,"weight":1}],
                 "contextFactors":[{"code":"mv-rf","name":"Доля ОВЗ","weight":0.3}],
                 "isbshMode":"REGRESSION"}""";
        putAs("mv-regression", regression)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.thresholds.alpha").value(0.05))
                .andExpect(jsonPath("$.thresholds.unstableGap").value(0.01))
                .andExpect(jsonPath("$.cohort.choice").value("ALL_LOADED"))
                .andExpect(jsonPath("$.contextFactors[0].weight").value(nullValue()));
    }

    @Test
    void fixedBoundariesAreStoredPerYear() throws Exception {
        String fixed = FULL.replace("\"cohort\": {\"choice\":\"ALL_LOADED\"}", """
                "cohort": {"choice":"FIXED_BOUNDARIES","boundaries":{
                  "2024":{"ior":{"p25":0.3,"p50":0.5,"p75":0.7},"isbsh":{"p25":0.25,"p50":0.5,"p75":0.75}}}}""");
        putAs("mv-fixed", fixed)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cohort.choice").value("FIXED_BOUNDARIES"))
                .andExpect(jsonPath("$.cohort.boundaries.2024.ior.p50").value(0.5));
    }

    @Test
    void aNegativeIndicatorWeightIsRejectedNamingTheField() throws Exception {
        putAs("mv-negative", FULL.replace("\"weight\":2", "\"weight\":-1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("indicators[0].weight"));
        notStored("mv-negative");
    }

    @Test
    void allZeroIndicatorWeightsAreRejected() throws Exception {
        putAs("mv-zero", FULL.replace("\"weight\":2", "\"weight\":0").replace("\"weight\":1}", "\"weight\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("indicators"))
                .andExpect(jsonPath("$.errors[0].reason").value("Все веса показателей равны нулю: ИОР не определён"));
        notStored("mv-zero");
    }

    @Test
    void anUnknownSourceAndAnUnknownDirectionAreRejectedNamingEachField() throws Exception {
        putAs("mv-unknown", FULL.replace("\"source\":\"VPR\"", "\"source\":\"EGE\"").replace("\"direction\":-1", "\"direction\":2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("indicators[1].source")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("indicators[2].direction")));
    }

    @Test
    void duplicateIndicatorCodesAreRejected() throws Exception {
        putAs("mv-duplicate", FULL.replace("mv-vpr-rus", "mv-ege-math"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("indicators[1].code"));
    }

    @Test
    void anUnknownIsbshModeAndFixedBoundariesWithoutBoundariesAreRejected() throws Exception {
        putAs("mv-mode", FULL.replace("FIXED_WEIGHTS", "MAGIC").replace("ALL_LOADED", "FIXED_BOUNDARIES"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("isbshMode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("cohort.boundaries")));
    }

    @Test
    void fixedWeightsModeNeedsEveryFactorWeight() throws Exception {
        putAs("mv-factor", FULL.replace(",\"weight\":-0.6", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("contextFactors[0].weight"));
    }

    @Test
    void aVersionNameWithSpacesIsRejected() throws Exception {
        putAs("bad version", FULL)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void anUnknownVersionIsNotFound() throws Exception {
        mvc.perform(get("/api/index/methodologies/mv-never").with(coordinator("mv")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyACoordinatorWritesVersions() throws Exception {
        for (var caller : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
                departmentViewer("mv"), schoolAdmin("mv-school", "mv")}) {
            mvc.perform(put("/api/index/methodologies/mv-forbidden").with(caller)
                            .contentType(MediaType.APPLICATION_JSON).content(FULL))
                    .andExpect(status().isForbidden());
        }
        notStored("mv-forbidden");
        mvc.perform(get("/api/index/methodologies")).andExpect(status().isUnauthorized());
    }

    private ResultActions putAs(String version, String body) throws Exception {
        return mvc.perform(put("/api/index/methodologies/" + version).with(regionAnalyst())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void notStored(String version) throws Exception {
        mvc.perform(get("/api/index/methodologies/" + version).with(coordinator("mv"))).andExpect(status().isNotFound());
    }
}
