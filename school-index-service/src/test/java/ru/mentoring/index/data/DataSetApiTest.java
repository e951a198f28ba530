package ru.mentoring.index.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.index.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Data sets as versions: uploads never delete, a partial file is refused or becomes a version of
 * its own, undo, who/when/file/checksum, retention. Schools "ds-s01".."ds-s10", codes "ds-*",
 * years 2051..2058 and 2071..2072 belong to this class alone, one year per test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataSetApiTest {

    static final String HEADER = "school_code,year,indicator_code,value\n";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final DataSetRetention retention;

    DataSetApiTest(MockMvc mvc, JdbcClient jdbc, DataSetRetention retention) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.retention = retention;
    }

    @BeforeAll
    static void cohortAndMethodology(@Autowired MockMvc mvc) throws Exception {
        mvc.perform(put("/api/index/methodologies/ds-m").with(regionAnalyst()).contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.methodology(List.of("ds-ege", "ds-vpr"), List.of("ds-low"))))
                .andExpect(status().is2xxSuccessful());
        StringBuilder csv = new StringBuilder("school_code,name,municipality_code,advanced_level\n");
        for (int s = 1; s <= 10; s++) {
            csv.append(school(s)).append(",Школа ").append(s).append(",ds,false\n");
        }
        mvc.perform(post("/api/index/schools").with(regionAnalyst()).contentType("text/csv").content(csv.toString()))
                .andExpect(status().isOk());
    }

    @Test
    void aOneRowUploadIsRefusedAndTheOtherSchoolsKeepTheirValues() throws Exception {
        load(2051, "", allSchools(2051, 1)).andExpect(status().isOk());
        load(2051, "", HEADER + "ds-s01,2051,ds-ege,99\n")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("replace"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("9 из 10")))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("?replace=all")));
        mvc.perform(get("/api/index/years/2051/data").with(regionAnalyst()))
                .andExpect(jsonPath("$.indicatorValues").value(20))
                .andExpect(jsonPath("$.schoolsWithIndicators").value(10));
        assertThat(currentValue(2051, "ds-s01")).isEqualTo(1.0);
        mvc.perform(get("/api/index/years/2051/data-sets").with(regionAnalyst()))
                .andExpect(jsonPath("$", hasSize(1)));
        // the refused upload's row, already sent through COPY, went with the rolled-back transaction
        assertThat(jdbc.sql("select count(*) from school_index.indicator_value where year = 2051").query(Long.class).single())
                .isEqualTo(20);
    }

    @Test
    void aOneRowUploadWithReplaceAllIsANewVersionAndTheOldOneCanBeMadeCurrentAgain() throws Exception {
        String first = id(load(2052, "", allSchools(2052, 1)).andExpect(status().isOk()));
        String second = id(load(2052, "?replace=all", HEADER + "ds-s01,2052,ds-ege,99\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replacedPrevious").value(true))
                .andExpect(jsonPath("$.previousDataSetId").value(first))
                .andExpect(jsonPath("$.message").value(containsString("прежняя версия (20 знач.) сохранена"))));
        mvc.perform(get("/api/index/years/2052/data").with(regionAnalyst()))
                .andExpect(jsonPath("$.indicatorValues").value(1));
        mvc.perform(get("/api/index/years/2052/data-sets").with(regionAnalyst()))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].id").value(second))
                .andExpect(jsonPath("$[0].current").value(true))
                .andExpect(jsonPath("$[0].rows").value(1))
                .andExpect(jsonPath("$[1].id").value(first))
                .andExpect(jsonPath("$[1].current").value(false))
                .andExpect(jsonPath("$[1].rows").value(20))
                .andExpect(jsonPath("$[1].schools").value(10));

        mvc.perform(post("/api/index/years/2052/data-sets/" + first + "/current").with(regionAnalyst()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current").value(true));
        mvc.perform(get("/api/index/years/2052/data").with(regionAnalyst()))
                .andExpect(jsonPath("$.indicatorValues").value(20))
                .andExpect(jsonPath("$.schoolsWithIndicators").value(10));
        assertThat(currentValue(2052, "ds-s01")).isEqualTo(1.0);
        mvc.perform(get("/api/index/years/2052/data-sets/" + second).with(departmentViewer("ds")))
                .andExpect(jsonPath("$.current").value(false))
                .andExpect(jsonPath("$.supersededAt").isNotEmpty());
    }

    @Test
    void aDataSetRecordsWhoWhenWhichFileItsRowsAndTheChecksumOfTheBytesReceived() throws Exception {
        String body = allSchools(2053, 2);
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        String id = id(mvc.perform(post("/api/index/years/2053/indicator-values").with(regionAnalyst())
                        .header("Content-Disposition", "attachment; filename=\"C:\\\\data\\\\показатели-2053.csv\"")
                        .contentType("text/csv").content(body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checksum").value(sha256(body))));
        mvc.perform(get("/api/index/years/2053/data-sets/" + id).with(regionAnalyst()))
                .andExpect(jsonPath("$.kind").value("INDICATOR"))
                .andExpect(jsonPath("$.year").value(2053))
                .andExpect(jsonPath("$.uploadedBy").value("region"))
                .andExpect(jsonPath("$.fileName").value("показатели-2053.csv"))
                .andExpect(jsonPath("$.rows").value(20))
                .andExpect(jsonPath("$.schools").value(10))
                .andExpect(jsonPath("$.checksum").value(sha256(body)))
                .andExpect(jsonPath("$.current").value(true));
        OffsetDateTime uploadedAt = OffsetDateTime.parse(JsonPath.read(mvc.perform(get("/api/index/years/2053/data-sets/" + id)
                .with(regionAnalyst())).andReturn().getResponse().getContentAsString(), "$.uploadedAt"));
        assertThat(uploadedAt).isAfter(before).isBefore(OffsetDateTime.now().plusSeconds(1));

        // the parameter names the file when both are given
        String second = id(mvc.perform(post("/api/index/years/2053/indicator-values?fileName=исправленные.csv").with(regionAnalyst())
                        .header("Content-Disposition", "attachment; filename=\"other.csv\"")
                        .contentType("text/csv").content(allSchools(2053, 3)))
                .andExpect(status().isOk()));
        mvc.perform(get("/api/index/years/2053/data-sets/" + second).with(regionAnalyst()))
                .andExpect(jsonPath("$.fileName").value("исправленные.csv"));
    }

    @Test
    void anUploadLeavingOutNoMoreThanTheAllowedShareOfSchoolsNeedsNoConfirmation() throws Exception {
        load(2054, "", allSchools(2054, 1)).andExpect(status().isOk());
        // one school of ten left out: 10%, the default limit, is still allowed
        String nine = allSchools(2054, 2).replaceAll("(?m)^ds-s10,.*\n", "");
        load(2054, "", nine).andExpect(status().isOk()).andExpect(jsonPath("$.schools").value(9));
        // two of the nine (22%) is refused
        load(2054, "", nine.replaceAll("(?m)^ds-s0[12],.*\n", "")).andExpect(status().isConflict());
        mvc.perform(get("/api/index/years/2054/data").with(regionAnalyst()))
                .andExpect(jsonPath("$.schoolsWithIndicators").value(9));
    }

    @Test
    void aRejectedUploadLeavesNoDataSetAndTheCurrentOneUntouched() throws Exception {
        String first = id(load(2055, "", allSchools(2055, 1)).andExpect(status().isOk()));
        load(2055, "?replace=all", allSchools(2055, 2) + "ds-s01,2055,ds-ege,x\n").andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/index/years/2055/data-sets").with(regionAnalyst()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(first))
                .andExpect(jsonPath("$[0].current").value(true));
        assertThat(jdbc.sql("select count(*) from school_index.indicator_value where year = 2055").query(Long.class).single())
                .isEqualTo(20);
    }

    @Test
    void undoOfADataSetOfAnotherYearOrOfNoneIsNotFoundAndOnlyWritersUndo() throws Exception {
        String id = id(load(2056, "", allSchools(2056, 1)).andExpect(status().isOk()));
        mvc.perform(post("/api/index/years/2057/data-sets/" + id + "/current").with(regionAnalyst()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/index/years/2056/data-sets/" + UUID.randomUUID() + "/current").with(regionAnalyst()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/index/years/2056/data-sets/" + id + "/current").with(departmentViewer("ds")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/index/years/2056/data-sets").with(schoolAdmin("ds-s01", "ds")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/index/years/2056/data-sets").with(departmentViewer("ds")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void retentionDeletesOnlyOldDataSetsThatAreNeitherCurrentNorReadByARun() throws Exception {
        String expired = id(load(2058, "", allSchools(2058, 1)).andExpect(status().isOk()));
        String readByRun = id(load(2058, "", allSchools(2058, 2)).andExpect(status().isOk()));
        String recent = id(load(2058, "", allSchools(2058, 3)).andExpect(status().isOk()));
        String current = id(load(2058, "", allSchools(2058, 4)).andExpect(status().isOk()));
        OffsetDateTime now = OffsetDateTime.now();
        superseded(expired, now.minusYears(3).minusDays(1));
        superseded(readByRun, now.minusYears(4));
        superseded(recent, now.minusYears(3).plusDays(1));
        // the current one is old too, but current
        jdbc.sql("update school_index.data_set set uploaded_at = ? where id = ?").params(now.minusYears(5), UUID.fromString(current)).update();
        UUID run = UUID.randomUUID();
        jdbc.sql("""
                        insert into school_index.classification_run (id, year, methodology_version, computed_at, computed_by, school_count, summary)
                        values (?, 2058, 'ds-m', now(), 'test', 0, '{}')""").param(run).update();
        jdbc.sql("insert into school_index.classification_run_data_set (run_id, data_set_id) values (?, ?)")
                .params(run, UUID.fromString(readByRun)).update();

        List<UUID> deleted = retention.deleteExpired(now);

        assertThat(deleted).contains(UUID.fromString(expired)).doesNotContain(UUID.fromString(readByRun),
                UUID.fromString(recent), UUID.fromString(current));
        assertThat(dataSets(2058)).containsExactlyInAnyOrder(readByRun, recent, current);
        assertThat(values(expired)).isZero();
        assertThat(values(readByRun)).isEqualTo(20);
        assertThat(values(recent)).isEqualTo(20);
        assertThat(values(current)).isEqualTo(20);
        mvc.perform(post("/api/index/years/2058/data-sets/" + expired + "/current").with(regionAnalyst()))
                .andExpect(status().isNotFound());
    }

    private void superseded(String id, OffsetDateTime at) {
        jdbc.sql("update school_index.data_set set superseded_at = ?, uploaded_at = ? where id = ?")
                .params(at, at.minusDays(1), UUID.fromString(id)).update();
    }

    private List<String> dataSets(int year) {
        return jdbc.sql("select id::text from school_index.data_set where year = ?").param(year).query(String.class).list();
    }

    private long values(String dataSet) {
        return jdbc.sql("select count(*) from school_index.indicator_value where data_set_id = ?")
                .param(UUID.fromString(dataSet)).query(Long.class).single();
    }

    private double currentValue(int year, String school) {
        return jdbc.sql("select value from school_index.current_indicator_value where year = ? and school_code = ? and indicator_code = 'ds-ege'")
                .params(year, school).query(Double.class).single();
    }

    @Test
    void anUploadRetriedWithItsIdempotencyKeyIsAnsweredAgainAndMakesNoSecondVersion() throws Exception {
        String body = allSchools(2071, 1);
        String first = mvc.perform(post("/api/index/years/2071/indicator-values").with(regionAnalyst())
                        .header("Idempotency-Key", "upload-2071-a").contentType("text/csv").content(body))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/index/years/2071/indicator-values").with(regionAnalyst())
                        .header("Idempotency-Key", "upload-2071-a").contentType("text/csv").content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(content().json(first, JsonCompareMode.STRICT));
        mvc.perform(get("/api/index/years/2071/data-sets").with(regionAnalyst()))
                .andExpect(jsonPath("$", hasSize(1)));

        // the same key with another file is refused and stores nothing
        mvc.perform(post("/api/index/years/2071/indicator-values").with(regionAnalyst())
                        .header("Idempotency-Key", "upload-2071-a").contentType("text/csv").content(allSchools(2071, 5)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("уже использован для другого запроса")));
        // another caller's request with the same key is its own
        mvc.perform(post("/api/index/years/2071/indicator-values").with(coordinator("ds"))
                        .header("Idempotency-Key", "upload-2071-a").contentType("text/csv").content(body))
                .andExpect(header().doesNotExist("Idempotency-Replayed"));
        // without a key, the same file again is a version of its own, as before
        load(2071, "", body).andExpect(status().isOk());
        mvc.perform(get("/api/index/years/2071/data-sets").with(regionAnalyst()))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void aRefusedUploadIsAnsweredTheSameOnItsRetryAndAMalformedKeyIsRefused() throws Exception {
        String partial = HEADER + "ds-s01,2072,ds-ege,x\n";
        String refused = mvc.perform(post("/api/index/years/2072/indicator-values").with(regionAnalyst())
                        .header("Idempotency-Key", "\"upload-2072\"").contentType("text/csv").content(partial))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/index/years/2072/indicator-values").with(regionAnalyst())
                        .header("Idempotency-Key", "upload-2072").contentType("text/csv").content(partial))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(content().json(refused, JsonCompareMode.STRICT));
        mvc.perform(post("/api/index/years/2072/indicator-values").with(regionAnalyst())
                        .header("Idempotency-Key", "ключ").contentType("text/csv").content(allSchools(2072, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Idempotency-Key")));
        mvc.perform(get("/api/index/years/2072/data-sets").with(regionAnalyst()))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    private ResultActions load(int year, String query, String csv) throws Exception {
        return mvc.perform(post("/api/index/years/" + year + "/indicator-values" + query).with(regionAnalyst())
                .contentType("text/csv").content(csv));
    }

    private static String id(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, body.contains("\"dataSetId\"") ? "$.dataSetId" : "$.id");
    }

    /** Both indicators of every school, each value {@code base} plus the school's number. */
    private static String allSchools(int year, int base) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int s = 1; s <= 10; s++) {
            int value = s == 1 ? base : base + s;
            csv.append(school(s)).append(',').append(year).append(",ds-ege,").append(value).append('\n');
            csv.append(school(s)).append(',').append(year).append(",ds-vpr,").append(value).append('\n');
        }
        return csv.toString();
    }

    private static String school(int s) {
        return "ds-s%02d".formatted(s);
    }

    private static String sha256(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    }
}
