package ru.mentoring.registry;

import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import ru.mentoring.platform.time.DistrictTime;

/**
 * Setting up schools, people and consents the way a coordinator would, through the API. Every
 * test class uses school codes of its own (the tests of one JVM share one database).
 */
public final class TestData {

    private final MockMvc mvc;
    private final String municipality;

    public TestData(MockMvc mvc, String municipality) {
        this.mvc = mvc;
        this.municipality = municipality;
    }

    public void school(String code) throws Exception {
        school(code, code.toUpperCase());
    }

    public void school(String code, String shortName) throws Exception {
        int status = mvc.perform(post("/api/registry/schools").with(coordinator(municipality))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","fullName":"МБОУ %s","shortName":"%s","kind":"SOSH","municipalityCode":"%s"}
                                """.formatted(code, shortName, shortName, municipality)))
                .andReturn().getResponse().getStatus();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("school " + code + " -> " + status);
        }
    }

    public String teacher(String school, String key, String lastName, String subjects, int experience) throws Exception {
        return person(school, """
                {"externalKey":"%s","kind":"TEACHER","lastName":"%s","firstName":"Анна","middleName":"Петровна",
                 "subjects":"%s","experienceYears":%d,"qualificationCategory":"высшая"}
                """.formatted(key, lastName, subjects, experience));
    }

    public String student(String school, String key, String lastName, int grade) throws Exception {
        return person(school, """
                {"externalKey":"%s","kind":"STUDENT","lastName":"%s","firstName":"Иван","grade":%d}
                """.formatted(key, lastName, grade));
    }

    public String partner(String school, String key, String lastName) throws Exception {
        return person(school, """
                {"externalKey":"%s","kind":"PARTNER","lastName":"%s","firstName":"Олег"}
                """.formatted(key, lastName));
    }

    public String person(String school, String json) throws Exception {
        MvcResult r = mvc.perform(post("/api/registry/schools/" + school + "/participants").with(coordinator(municipality))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
        if (r.getResponse().getStatus() != 201) {
            throw new IllegalStateException("person in " + school + " -> " + r.getResponse().getStatus() + " "
                    + r.getResponse().getContentAsString());
        }
        return JsonPath.read(r.getResponse().getContentAsString(), "$.id");
    }

    /** A consent in force since a month ago; for a student, signed by a parent. */
    public void consent(String participantId, boolean student) throws Exception {
        String givenBy = student ? ",\"givenBy\":\"Родитель Ольга Ивановна\"" : "";
        MvcResult r = mvc.perform(post("/api/registry/participants/" + participantId + "/consents").with(coordinator(municipality))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenOn\":\"%s\",\"documentRef\":\"№ 1/С\"%s}".formatted(today().minusMonths(1), givenBy)))
                .andReturn();
        if (r.getResponse().getStatus() != 201) {
            throw new IllegalStateException("consent of " + participantId + " -> " + r.getResponse().getStatus() + " "
                    + r.getResponse().getContentAsString());
        }
    }

    public void consent(String participantId) throws Exception {
        consent(participantId, false);
    }

    /** The service's "today" (registry.zone): near midnight UTC it is already tomorrow in Moscow. */
    public static LocalDate today() {
        return DistrictTime.today();
    }

    public String municipality() {
        return municipality;
    }

    /** A pair body: starts today, runs six months, fixed by an order of today. */
    public static String pairJson(String mentor, String form, String model, String kind, String... mentees) {
        return pairJson(mentor, form, model, kind, today(), today().plusMonths(6), mentees);
    }

    public static String pairJson(String mentor, String form, String model, String kind, LocalDate start, LocalDate end,
            String... mentees) {
        StringBuilder ids = new StringBuilder();
        for (String m : mentees) {
            ids.append(ids.length() == 0 ? "" : ",").append('"').append(m).append('"');
        }
        return """
                {"mentorId":"%s","menteeIds":[%s],"form":"%s","interactionModel":"%s","kind":"%s",
                 "orderNumber":"45-о","orderDate":"%s","startDate":"%s","endDate":"%s"}
                """.formatted(mentor, ids, form, model, kind, start, start, end);
    }

    /** Forms a pair as the coordinator and returns its id. */
    public String pair(String mentor, String form, String model, String kind, String... mentees) throws Exception {
        MvcResult r = mvc.perform(post("/api/registry/pairs").with(coordinator(municipality))
                .contentType(MediaType.APPLICATION_JSON).content(pairJson(mentor, form, model, kind, mentees))).andReturn();
        if (r.getResponse().getStatus() != 201) {
            throw new IllegalStateException("pair -> " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return JsonPath.read(r.getResponse().getContentAsString(), "$.id");
    }
}
