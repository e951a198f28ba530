package ru.mentoring.monitoring.plan;

import java.io.ByteArrayInputStream;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ru.mentoring.monitoring.TestSchools;
import ru.mentoring.monitoring.export.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * The plan of events of municipality {@code ev}. The 2020 plan (school year 2020/21) lies wholly in
 * the past: of its 40 events from seed 004, the 34 with a month are overdue until done or cancelled;
 * the 2100 plan has nothing overdue.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class PlanOfEventsTest {

    static String past;
    static String future;

    private final MockMvc mvc;

    PlanOfEventsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void plans(@Autowired MockMvc mvc) throws Exception {
        past = create(mvc, coordinator("ev"), "{\"programmeYear\":2020}");
        future = create(mvc, coordinator("ev"), "{\"programmeYear\":2100}");
    }

    static String create(MockMvc mvc, RequestPostProcessor caller, String body) throws Exception {
        String json = mvc.perform(post("/api/monitoring/plans").with(caller).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.plan.id");
    }

    static String eventId(MockMvc mvc, String plan, int index) throws Exception {
        String json = mvc.perform(get("/api/monitoring/plans/" + plan).with(coordinator("ev")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.events[" + index + "].id");
    }

    @Test
    void aPlanStartsFromTheSeedsFortyEventsInItsStages() throws Exception {
        mvc.perform(get("/api/monitoring/plans/" + future).with(coordinator("ev")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.municipalityCode").value("ev"))
                .andExpect(jsonPath("$.plan.schoolCode").doesNotExist())
                .andExpect(jsonPath("$.plan.events").value(40))
                .andExpect(jsonPath("$.plan.overdue").value(0))
                .andExpect(jsonPath("$.events", hasSize(40)))
                .andExpect(jsonPath("$.events[0].stage").value("1"))
                .andExpect(jsonPath("$.events[0].event").value("Реализация мероприятий программ наставничества в ШНОР"))
                .andExpect(jsonPath("$.events[0].form").value("Установочное совещание управления образования и муниципальной методической службы"))
                .andExpect(jsonPath("$.events[0].monthText").value("Октябрь"))
                .andExpect(jsonPath("$.events[0].dueDate").value("2100-10-31"))
                .andExpect(jsonPath("$.events[0].responsible").value("Руководитель муниципального наставнического центра (МНЦ)"))
                .andExpect(jsonPath("$.events[0].expectedResult").value("Определена цель и результаты муниципальной программы наставничества ШНОР"))
                .andExpect(jsonPath("$.events[0].status").value("PLANNED"))
                .andExpect(jsonPath("$.events[0].activity").value("CONSULTING"))
                .andExpect(jsonPath("$.events[0].activityLabel").value("Консультационная деятельность"))
                .andExpect(jsonPath("$.events[1].activityLabel").value("Информационная деятельность"))
                .andExpect(jsonPath("$.events[3].activityLabel").value("Проектная деятельность"))
                .andExpect(jsonPath("$.events[5].activityLabel").value("Исследовательская деятельность"))
                .andExpect(jsonPath("$.events[*].activity", not(hasItem(nullValue()))))
                .andExpect(jsonPath("$.events[7].stage").value("2.1"))
                .andExpect(jsonPath("$.events[7].stageTitle").value("Этап 2. Основной. 2.1. Формирование базы наставляемых"))
                .andExpect(jsonPath("$.events[31].form").value("Семинар\\совещание"))
                .andExpect(jsonPath("$.events[31].dueDate").value("2101-01-31"))
                .andExpect(jsonPath("$.events[32].monthText").value("Ноябрь-май"))
                .andExpect(jsonPath("$.events[37].form").doesNotExist())
                .andExpect(jsonPath("$.events[39].stage").value("3"))
                .andExpect(jsonPath("$.events[39].monthText").value("Июнь"))
                .andExpect(jsonPath("$.events[*].stage", hasItem("2.5")));
    }

    @Test
    void eventsWhoseMonthHasPassedAndThatAreNotDoneAreOverdue() throws Exception {
        String first = eventId(mvc, past, 0);
        String second = eventId(mvc, past, 1);
        mvc.perform(patch("/api/monitoring/plans/" + past + "/events/" + first).with(coordinator("ev"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"evidence\":\"Протокол совещания № 3\",\"evidenceUrl\":\"https://mirc.example/protocol-3\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.statusLabel").value("выполнено"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.evidence").value("Протокол совещания № 3"))
                .andExpect(jsonPath("$.updatedBy").value("coordinator-ev"));
        mvc.perform(patch("/api/monitoring/plans/" + past + "/events/" + second).with(coordinator("ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CANCELLED\",\"evidence\":\"Перенесено\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/monitoring/plans/" + past).param("overdue", "true").with(departmentViewer("ev")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.overdue").value(32))
                .andExpect(jsonPath("$.plan.byStatus.DONE").value(1))
                .andExpect(jsonPath("$.plan.byStatus.CANCELLED").value(1))
                .andExpect(jsonPath("$.events", hasSize(32)))
                .andExpect(jsonPath("$.events[*].overdue", everyItem(is(true))))
                .andExpect(jsonPath("$.events[*].id", not(hasItem(first))))
                .andExpect(jsonPath("$.events[*].monthText", not(hasItem("По мере необходимости"))))
                .andExpect(jsonPath("$.plan.createdBy").doesNotExist());
        mvc.perform(get("/api/monitoring/plans/" + past).with(departmentViewer("ev")))
                .andExpect(jsonPath("$.events[0].evidence").value("Протокол совещания № 3"))
                .andExpect(jsonPath("$.events[0].updatedBy").doesNotExist());
    }

    @Test
    void aSecondPlanForTheSameYearIsAConflict() throws Exception {
        mvc.perform(post("/api/monitoring/plans").with(coordinator("ev")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeYear\":2020}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("programmeYear"));
    }

    @Test
    void badUpdatesAreProblems() throws Exception {
        String event = eventId(mvc, future, 2);
        mvc.perform(patch("/api/monitoring/plans/" + future + "/events/" + event).with(coordinator("ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\",\"evidenceUrl\":\"ftp://files/x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("evidenceUrl"));
        mvc.perform(patch("/api/monitoring/plans/" + future + "/events/" + event).with(coordinator("ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"FINISHED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(patch("/api/monitoring/plans/" + future + "/events/" + event).with(coordinator("ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(patch("/api/monitoring/plans/" + future + "/events/00000000-0000-4000-8000-000000000000").with(coordinator("ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theViewerAndTheSchoolsReadTheMunicipalPlanButOnlyTheCoordinatorChangesIt() throws Exception {
        String event = eventId(mvc, future, 3);
        mvc.perform(get("/api/monitoring/plans/" + future).with(schoolAdmin("ev-a", "ev"))).andExpect(status().isOk());
        mvc.perform(patch("/api/monitoring/plans/" + future + "/events/" + event).with(schoolAdmin("ev-a", "ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/monitoring/plans/" + future + "/events/" + event).with(departmentViewer("ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/monitoring/plans").with(schoolAdmin("ev-a", "ev")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeYear\":2030}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/monitoring/plans/" + future).with(coordinator("evx"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/plans").with(coordinator("evx"))).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aSchoolKeepsItsOwnRoadmapWhichOtherSchoolsDoNotSee() throws Exception {
        String own = create(mvc, schoolAdmin("ev-b", "ev"), "{\"programmeYear\":2100,\"schoolCode\":\"ev-b\"}");
        mvc.perform(get("/api/monitoring/plans/" + own).with(schoolAdmin("ev-b", "ev")))
                .andExpect(jsonPath("$.plan.events").value(0))
                .andExpect(jsonPath("$.events", hasSize(0)));
        String event = JsonPath.read(mvc.perform(post("/api/monitoring/plans/" + own + "/events").with(schoolAdmin("ev-b", "ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"stage":"1","event":"Приказ о внедрении целевой модели наставничества","monthText":"Сентябрь",
                                 "dueMonth":9,"responsible":"Директор","expectedResult":"Издан приказ","place":"МБОУ СОШ"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(1))
                .andExpect(jsonPath("$.place").value("МБОУ СОШ"))
                .andExpect(jsonPath("$.activity").doesNotExist())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(put("/api/monitoring/plans/" + own + "/events/" + event).with(schoolAdmin("ev-c", "ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"stage":"1","event":"x","monthText":"x","responsible":"x","expectedResult":"x"}"""))
                .andExpect(status().isNotFound());
        mvc.perform(patch("/api/monitoring/plans/" + own + "/events/" + event).with(schoolAdmin("ev-b", "ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IN_PROGRESS\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/monitoring/plans/" + own).with(schoolAdmin("ev-c", "ev"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/monitoring/plans").param("programmeYear", "2100").with(schoolAdmin("ev-b", "ev")))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].schoolCode").value("ev-b"))
                .andExpect(jsonPath("$[1].byStatus.IN_PROGRESS").value(1));
        mvc.perform(post("/api/monitoring/plans").with(schoolAdmin("ev-b", "ev")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programmeYear\":2100,\"schoolCode\":\"ev-c\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatorAddsAnEventBeyondTheTemplate() throws Exception {
        mvc.perform(post("/api/monitoring/plans/" + future + "/events").with(coordinator("ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"stage":"2.3","event":"Семинар по цифровым инструментам","form":"Вебинар",
                                 "monthText":"Февраль","dueMonth":2,"responsible":"Руководитель МНЦ",
                                 "expectedResult":"Наставники освоили цифровые инструменты"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(41))
                .andExpect(jsonPath("$.stageTitle").value("Этап 2. Основной. 2.3. Отбор и обучение наставников"))
                .andExpect(jsonPath("$.dueDate").value("2101-02-28"));
        mvc.perform(post("/api/monitoring/plans/" + future + "/events").with(coordinator("ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"stage":"7","event":"x","monthText":"Май","responsible":"x","expectedResult":"x","dueMonth":13}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueMonth"));
    }

    @Test
    void theCoordinatorGivesAnEventItsActivityAndPlaceAndFiltersThePlanByActivity() throws Exception {
        String plan = create(mvc, coordinator("ev"), "{\"programmeYear\":2099}");
        String event = eventId(mvc, plan, 0);
        mvc.perform(put("/api/monitoring/plans/" + plan + "/events/" + event).with(coordinator("ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"stage":"1","event":"Установочное совещание","form":"Совещание","monthText":"Октябрь","dueMonth":10,
                                 "responsible":"Руководитель МНЦ","expectedResult":"Определена цель","activity":"PROJECT",
                                 "place":"МБУ ДПО «МиРЦ»"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activityLabel").value("Проектная деятельность"))
                .andExpect(jsonPath("$.place").value("МБУ ДПО «МиРЦ»"))
                .andExpect(jsonPath("$.event").value("Установочное совещание"))
                .andExpect(jsonPath("$.status").value("PLANNED"));
        mvc.perform(get("/api/monitoring/plans/" + plan).param("activity", "PROJECT").with(departmentViewer("ev")))
                .andExpect(jsonPath("$.plan.events").value(40))
                .andExpect(jsonPath("$.events", hasSize(10)))
                .andExpect(jsonPath("$.events[0].place").value("МБУ ДПО «МиРЦ»"))
                .andExpect(jsonPath("$.events[*].activity", everyItem(is("PROJECT"))));
        mvc.perform(put("/api/monitoring/plans/" + plan + "/events/" + event).with(schoolAdmin("ev-a", "ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"stage":"1","event":"x","monthText":"x","responsible":"x","expectedResult":"x"}"""))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/monitoring/plans/" + plan + "/events/" + event).with(coordinator("ev"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"stage":"1","event":"x","monthText":"x","responsible":"x","expectedResult":"x","activity":"SPORT"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("activity"));
        mvc.perform(put("/api/monitoring/plans/" + plan + "/events/" + event).with(coordinator("evx"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"stage":"1","event":"x","monthText":"x","responsible":"x","expectedResult":"x"}"""))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePlanExportsAsAWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/monitoring/plans/" + past).accept(Workbooks.XLSX_TYPE).with(coordinator("ev")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("План мероприятий");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Реализация мероприятий программ наставничества в ШНОР");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Октябрь");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + 40);
            assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).isEqualTo("Вид деятельности");
            assertThat(sheet.getRow(2).getCell(12).getStringCellValue()).isEqualTo("Место проведения");
            assertThat(sheet.getRow(3).getCell(11).getStringCellValue()).isEqualTo("Консультационная деятельность");
        }
    }
}
