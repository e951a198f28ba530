package ru.mentoring.monitoring.centre;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.monitoring.TestSchools;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/** The mentoring centre of municipality {@code mnc} (and {@code mncx}, which must not see it). */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestSchools.class)
class MentoringCentreTest {

    private static final String CENTRE = """
            {"name":"Муниципальный наставнический центр","headName":"Орлова Вера Ивановна",
             "headPosition":"специалист МУ Управление образования",
             "staff":[{"fullName":"Гусев Павел Андреевич","position":"заместитель директора гимназии №1","role":"MENTOR"},
                      {"fullName":"Зайцева Нина Олеговна","position":"методист МБУ ДПО «МиРЦ»","role":"CURATOR"}]}""";

    private final MockMvc mvc;

    MentoringCentreTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void theCoordinatorDescribesTheCentreAndTheDepartmentReadsIt() throws Exception {
        mvc.perform(get("/api/monitoring/centre").with(coordinator("mnc")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.described").value(false))
                .andExpect(jsonPath("$.staff", hasSize(0)));
        mvc.perform(put("/api/monitoring/centre").with(coordinator("mnc")).contentType(MediaType.APPLICATION_JSON).content(CENTRE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.described").value(true))
                .andExpect(jsonPath("$.headName").value("Орлова Вера Ивановна"))
                .andExpect(jsonPath("$.staff[0].roleLabel").value("наставник – член управленческой команды"))
                .andExpect(jsonPath("$.staff[1].roleLabel").value("куратор-методист"))
                .andExpect(jsonPath("$.updatedBy").value("coordinator-mnc"));
        // a second description replaces the first: one person left
        mvc.perform(put("/api/monitoring/centre").with(coordinator("mnc")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"МНЦ","headName":"Орлова Вера Ивановна",
                         "staff":[{"fullName":"Зайцева Нина Олеговна","role":"CURATOR"}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staff", hasSize(1)));
        mvc.perform(get("/api/monitoring/centre").with(departmentViewer("mnc")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("МНЦ"))
                .andExpect(jsonPath("$.staff[0].fullName").value("Зайцева Нина Олеговна"))
                .andExpect(jsonPath("$.updatedBy").doesNotExist());
        mvc.perform(get("/api/monitoring/centre").with(coordinator("mncx")))
                .andExpect(jsonPath("$.described").value(false));
    }

    @Test
    void onlyTheCoordinatorChangesItAndABadDescriptionIsAProblemPerField() throws Exception {
        mvc.perform(put("/api/monitoring/centre").with(departmentViewer("mnc")).contentType(MediaType.APPLICATION_JSON).content(CENTRE))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/monitoring/centre").with(schoolAdmin("mnc-a", "mnc")).contentType(MediaType.APPLICATION_JSON).content(CENTRE))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/monitoring/centre").with(schoolAdmin("mnc-a", "mnc"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/monitoring/centre").with(coordinator("mnc")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":" ","headName":"Орлова","staff":[{"fullName":"","role":"MENTOR"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]", hasSize(1)))
                .andExpect(jsonPath("$.errors[?(@.field == 'staff[0].fullName')]", hasSize(1)));
        mvc.perform(put("/api/monitoring/centre").with(coordinator("mnc")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"МНЦ","headName":"Орлова","staff":[{"fullName":"Гусев","role":"HEAD"}]}"""))
                .andExpect(status().isBadRequest());
    }
}
