package ru.mentoring.registry.pair;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.registry.TestData;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Seed 002 builds the bank of mentors also «из числа … родителей обучающихся – активных участников родительских
 * советов»: a parent mentors students in the employer's form, with their own consent; a parent is never mentored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParentMentorsTest {

    static final String M = "pmt";

    private final MockMvc mvc;

    ParentMentorsTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    static TestData data;
    static String parent;
    static String student;

    @BeforeAll
    static void aParentAndAStudent(@Autowired MockMvc mvc) throws Exception {
        data = new TestData(mvc, M);
        data.school("pmt-a");
        parent = data.person("pmt-a", """
                {"externalKey":"p-1","kind":"PARENT","lastName":"Советова","firstName":"Марина","middleName":"Олеговна"}
                """);
        student = data.student("pmt-a", "s-1", "Кружков", 7);
        data.consent(parent);
        data.consent(student, true);
    }

    @Test
    void aParentJoinsTheBankOfMentorsWithATopic() throws Exception {
        mvc.perform(post("/api/registry/participants/" + parent + "/mentor-topics").with(schoolAdmin("pmt-a", M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"технология\",\"topic\":\"Столярное дело\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/registry/bank/mentors").param("q", "Советова").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(parent)));
    }

    @Test
    void aParentIsNeverPutInTheBankOfMentees() throws Exception {
        mvc.perform(post("/api/registry/participants/" + parent + "/mentee-requests").with(schoolAdmin("pmt-a", M))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"difficultyKind\":\"METHODICAL\",\"text\":\"нужна помощь\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("participantId"))
                .andExpect(jsonPath("$.errors[0].reason").value("Родитель не включается в базу наставляемых"));
        mvc.perform(put("/api/registry/participants/" + parent + "/banks").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mentor\":true,\"mentee\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("Родитель не включается в базу наставляемых"));
        mvc.perform(put("/api/registry/participants/" + parent + "/banks").with(coordinator(M))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mentor\":true,\"mentee\":false}"))
                .andExpect(status().isOk());
    }

    @Test
    void aParentMentorsAStudentInTheEmployersFormOnly() throws Exception {
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.pairJson(parent, "COLLEGE_STUDENT_STUDENT", "COLLEGE_PEER_TO_PEER", "TRADITIONAL", student)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason", containsString("родитель")));
        String body = mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.pairJson(parent, "EMPLOYER_STUDENT", "ACTIVE_PROFESSIONAL_INDIFFERENT_CONSUMER",
                                "TRADITIONAL", student)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mentor.kind").value("PARENT"))
                .andExpect(jsonPath("$.formLabel").value("работодатель – ученик/студент"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/registry/pairs/" + id).with(schoolAdmin("pmt-a", M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentor.lastName").value("Советова"));
    }

    @Test
    void aParentWithoutConsentIsNotPutInAPair() throws Exception {
        String withoutConsent = data.person("pmt-a", """
                {"externalKey":"p-2","kind":"PARENT","lastName":"Бессогласова","firstName":"Нина"}
                """);
        String other = data.student("pmt-a", "s-2", "Секциев", 6);
        data.consent(other, true);
        mvc.perform(post("/api/registry/pairs").with(coordinator(M)).contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.pairJson(withoutConsent, "EMPLOYER_STUDENT", "COLLEAGUE_YOUNG_COLLEAGUE", "TRADITIONAL",
                                other)))
                .andExpect(status().isUnprocessableContent());
    }
}
