package ru.mentoring.index.classification;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.index.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.internalService;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Runs through the database and the pure library, storage, and who reads what. Schools "cl-*",
 * years 2059..2066, codes "cl-*". Four schools have values, the same in each of 2059..2061 and the
 * same for both indicators, so ИОР is 0, 0.375, 0.75, 1 and the quartile boundaries are
 * 0.28125, 0.5625, 0.8125 every year: cl-a1 is low three years running and has the least
 * favourable context, cl-a2 the opposite; cl-a3 has no values at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClassificationApiTest {

    private final MockMvc mvc;
    private final MeterRegistry meters;

    ClassificationApiTest(MockMvc mvc, MeterRegistry meters) {
        this.mvc = mvc;
        this.meters = meters;
    }

    @BeforeAll
    static void cohortWithThreeYearsOfValues(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(put("/api/index/methodologies/cl-m").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"indicators":[
                           {"code":"cl-ege","name":"ЕГЭ","source":"GIA","direction":1,"weight":1},
                           {"code":"cl-vpr","name":"ВПР","source":"VPR","direction":1,"weight":1}],
                         "contextFactors":[{"code":"cl-low","name":"Доля малообеспеченных","weight":-1}],
                         "isbshMode":"FIXED_WEIGHTS"}""")).andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv").content("""
                school_code,name,municipality_code,advanced_level
                cl-a1,Школа А1,cl-a,false
                cl-a2,Гимназия А2,cl-a,true
                cl-a3,Школа А3,cl-a,false
                cl-b1,Школа Б1,cl-b,false
                cl-b2,Школа Б2,cl-b,false
                """)).andExpect(status().isOk());
        for (int year = 2059; year <= 2061; year++) {
            StringBuilder csv = new StringBuilder("school_code,year,indicator_code,value\n");
            for (String[] v : new String[][] {{"cl-a1", "0.1"}, {"cl-a2", "0.9"}, {"cl-b1", "0.4"}, {"cl-b2", "0.7"}}) {
                csv.append(v[0]).append(',').append(year).append(",cl-ege,").append(v[1]).append('\n');
                csv.append(v[0]).append(',').append(year).append(",cl-vpr,").append(v[1]).append('\n');
            }
            mvc.perform(post("/api/index/years/" + year + "/indicator-values").with(regionAnalyst())
                    .contentType("text/csv").content(csv.toString())).andExpect(status().isOk());
        }
        mvc.perform(post("/api/index/years/2061/context-values").with(regionAnalyst()).contentType("text/csv").content("""
                school_code,year,factor_code,value
                cl-a1,2061,cl-low,0.8
                cl-b1,2061,cl-low,0.6
                cl-b2,2061,cl-low,0.3
                cl-a2,2061,cl-low,0.1
                """)).andExpect(status().isOk());
        mvc.perform(post("/api/index/years/2061/classification?methodology=cl-m").with(regionAnalyst()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.methodologyVersion").value("cl-m"))
                .andExpect(jsonPath("$.computedBy").value("region"))
                .andExpect(jsonPath("$.summary.iorBoundaries.2061.p25").value(closeTo(0.28125, 1e-12), Double.class))
                .andExpect(jsonPath("$.summary.statusCounts.LOW_RESULTS").value(1));
    }

    @Test
    void aCoordinatorSeesTheSchoolsOfTheirMunicipalityWithTheNumbersBehindEachStatus() throws Exception {
        mvc.perform(get("/api/index/years/2061/classification").with(coordinator("cl-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[*].schoolCode", contains("cl-a1", "cl-a2", "cl-a3")))
                .andExpect(jsonPath("$[0].ior").value(0.0))
                .andExpect(jsonPath("$[0].iorQuartile").value(1))
                .andExpect(jsonPath("$[0].isbsh").value(0.0))
                .andExpect(jsonPath("$[0].isbshQuartile").value(1))
                .andExpect(jsonPath("$[0].statuses", contains("LOW_RESULTS", "STABLY_LOW", "UNFAVOURABLE_SOCIAL")))
                .andExpect(jsonPath("$[0].explanation.statuses.LOW_RESULTS.p25").value(closeTo(0.28125, 1e-12), Double.class))
                .andExpect(jsonPath("$[1].ior").value(1.0))
                .andExpect(jsonPath("$[1].statuses", contains("STABLY_HIGH", "EFFECTIVE")))
                .andExpect(jsonPath("$[2].ior").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$[2].iorQuartile").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$[2].statuses", hasSize(0)))
                .andExpect(jsonPath("$[2].explanation.ior.undefinedReason").value("NO_DATA"));
    }

    @Test
    void withoutExplanationsTheLinesCarryTheSameFiguresAndStatuses() throws Exception {
        mvc.perform(get("/api/index/years/2061/classification").param("explanation", "false").with(coordinator("cl-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].schoolCode", contains("cl-a1", "cl-a2", "cl-a3")))
                .andExpect(jsonPath("$[0].iorQuartile").value(1))
                .andExpect(jsonPath("$[0].statuses", contains("LOW_RESULTS", "STABLY_LOW", "UNFAVOURABLE_SOCIAL")))
                .andExpect(jsonPath("$[0].explanation").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$[1].statuses", contains("STABLY_HIGH", "EFFECTIVE")));
    }

    @Test
    void aDepartmentViewerReadsTheirMunicipalityOnly() throws Exception {
        mvc.perform(get("/api/index/years/2061/classification").with(departmentViewer("cl-b")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].schoolCode", contains("cl-b1", "cl-b2")))
                .andExpect(jsonPath("$[0].ior").value(closeTo(0.375, 1e-12), Double.class))
                .andExpect(jsonPath("$[0].iorQuartile").value(2))
                .andExpect(jsonPath("$[1].iorQuartile").value(3));
    }

    @Test
    void aSchoolAdministratorSeesOnlyTheirOwnSchoolsRow() throws Exception {
        mvc.perform(get("/api/index/years/2061/classification").with(schoolAdmin("cl-a2", "cl-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].schoolCode").value("cl-a2"));
    }

    @Test
    void anotherMunicipalitySeesNothingAndAServiceSeesEverySchool() throws Exception {
        mvc.perform(get("/api/index/years/2061/classification").with(coordinator("cl-elsewhere")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/index/years/2061/classification").with(internalService("registry-service")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].schoolCode", hasItems("cl-a1", "cl-a2", "cl-a3", "cl-b1", "cl-b2")));
    }

    @Test
    void theSummaryNamesTheVersionAndTheVersionIsNowUsedAndFrozen() throws Exception {
        mvc.perform(get("/api/index/years/2061/classification/summary").with(schoolAdmin("cl-a1", "cl-a")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.methodologyVersion").value("cl-m"))
                .andExpect(jsonPath("$.year").value(2061))
                .andExpect(jsonPath("$.summary.meanIor").value(closeTo(0.53125, 1e-12), Double.class))
                .andExpect(jsonPath("$.summary.regression").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/api/index/methodologies/cl-m").with(coordinator("cl-a")))
                .andExpect(jsonPath("$.used").value(true));
        mvc.perform(put("/api/index/methodologies/cl-m").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.methodology(List.of("cl-ege", "cl-vpr"), List.of("cl-low"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("использована")));
    }

    @Test
    void reRunningGivesTheSameNumbersAndTheNewRunIsTheOneShown() throws Exception {
        double before = meters.find("index.classifications").tag("outcome", "stored").counters().stream()
                .mapToDouble(c -> c.count()).sum();
        String first = mvc.perform(post("/api/index/years/2060/classification?methodology=cl-m").with(regionAnalyst()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String firstResults = mvc.perform(get("/api/index/years/2060/classification").with(coordinator("cl-a")))
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/index/years/2060/classification?methodology=cl-m").with(regionAnalyst()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String runId = JsonPath.read(second, "$.runId");
        assertThat(runId).isNotEqualTo(JsonPath.read(first, "$.runId"));
        mvc.perform(get("/api/index/years/2060/classification/summary").with(coordinator("cl-a")))
                .andExpect(jsonPath("$.runId").value(runId));
        assertThat(mvc.perform(get("/api/index/years/2060/classification").with(coordinator("cl-a")))
                .andReturn().getResponse().getContentAsString()).isEqualTo(firstResults);
        assertThat(meters.find("index.classifications").tag("outcome", "stored").counters().stream()
                .mapToDouble(c -> c.count()).sum()).isEqualTo(before + 2);
        assertThat(meters.find("index.classification.duration").timer()).isNotNull();
    }

    @Test
    void theSameRowsComeAsAWorkbookWithRussianHeadersAndJsonStaysTheDefault() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/index/years/2061/classification").with(coordinator("cl-a"))
                        .accept(TestData.XLSX))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TestData.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Код школы");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("ИОР");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("cl-a1");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Школа А1");
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).startsWith("ШНОР");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
        mvc.perform(get("/api/index/years/2061/classification").with(coordinator("cl-a")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void anUnknownMethodologyIsNotFound() throws Exception {
        mvc.perform(post("/api/index/years/2061/classification?methodology=cl-nope").with(regionAnalyst()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aYearWithoutDataIsUnprocessableAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/index/years/2063/classification?methodology=cl-m").with(regionAnalyst()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/index/years/2063/classification").with(coordinator("cl-a")))
                .andExpect(status().isNotFound());
    }

    @Test
    void fewerThanFourSchoolsWithAnIndexIsUnprocessableWithTheLibrarysReason() throws Exception {
        mvc.perform(post("/api/index/years/2062/indicator-values").with(regionAnalyst()).contentType("text/csv").content("""
                school_code,year,indicator_code,value
                cl-a1,2062,cl-ege,1
                cl-a2,2062,cl-ege,2
                cl-b1,2062,cl-ege,3
                """)).andExpect(status().isOk());
        mvc.perform(post("/api/index/years/2062/classification?methodology=cl-m").with(regionAnalyst()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("Для квартилей нужно не менее 4")));
        mvc.perform(get("/api/index/years/2062/classification").with(coordinator("cl-a"))).andExpect(status().isNotFound());
    }

    @Test
    void aRegressionWithMoreFactorsThanSchoolsIsUnprocessable() throws Exception {
        mvc.perform(put("/api/index/methodologies/cl-regression").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"indicators":[{"code":"cl-ege","name":"ЕГЭ","source":"GIA","direction":1,"weight":1}],
                         "contextFactors":[{"code":"cl-low","name":"Малообеспеченные"},{"code":"cl-f2","name":"ОВЗ"},
                                           {"code":"cl-f3","name":"Сельская"},{"code":"cl-f4","name":"Учёт"}],
                         "isbshMode":"REGRESSION"}""")).andExpect(status().is2xxSuccessful());
        StringBuilder values = new StringBuilder("school_code,year,factor_code,value\n");
        String[] schools = {"cl-a1", "cl-a2", "cl-b1", "cl-b2"};
        for (int s = 0; s < schools.length; s++) {
            for (int f = 0; f < 4; f++) {
                String code = f == 0 ? "cl-low" : "cl-f" + (f + 1);
                values.append(schools[s]).append(",2066,").append(code).append(',').append((s * 7 + f * 3) % 10 / 10.0).append('\n');
            }
        }
        mvc.perform(post("/api/index/years/2066/context-values").with(regionAnalyst()).contentType("text/csv")
                .content(values.toString())).andExpect(status().isOk());
        mvc.perform(post("/api/index/years/2066/indicator-values").with(regionAnalyst()).contentType("text/csv").content("""
                school_code,year,indicator_code,value
                cl-a1,2066,cl-ege,1
                cl-a2,2066,cl-ege,2
                cl-b1,2066,cl-ege,3
                cl-b2,2066,cl-ege,5
                """)).andExpect(status().isOk());
        mvc.perform(post("/api/index/years/2066/classification?methodology=cl-regression").with(regionAnalyst()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("Для регрессии по 4 контекстным факторам")));
        mvc.perform(get("/api/index/methodologies/cl-regression").with(coordinator("cl-a")))
                .andExpect(jsonPath("$.used").value(false));
    }

    @Test
    void aRunWithoutAMethodologyParameterIsUnprocessable() throws Exception {
        mvc.perform(post("/api/index/years/2061/classification").with(regionAnalyst()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("methodology"));
    }

    @Test
    void onlyACoordinatorRunsAClassification() throws Exception {
        for (var caller : List.of(departmentViewer("cl-a"), schoolAdmin("cl-a1", "cl-a"), internalService("registry-service"))) {
            mvc.perform(post("/api/index/years/2061/classification?methodology=cl-m").with(caller))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/index/years/2061/classification")).andExpect(status().isUnauthorized());
    }

    @Test
    void aYearWithoutARunIsNotFound() throws Exception {
        mvc.perform(get("/api/index/years/2065/classification/summary").with(coordinator("cl-a")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/index/years/2065/classification").with(departmentViewer("cl-a")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", not(containsString("Exception"))));
    }
}
