package ru.mentoring.registry.participant;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.departmentViewer;
import static ru.mentoring.platform.test.TestCallers.regionAnalyst;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * {@code GET /api/registry/participants} against embedded PostgreSQL: the caller's scope (items and
 * counts), the name search, the filters, the pages and their order, and the 400 for bad parameters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipantListTest {

    private final MockMvc mvc;

    ParticipantListTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @BeforeAll
    static void people(@Autowired MockMvc mvc) throws Exception {
        TestData pl = new TestData(mvc, "pl");
        pl.school("pl-a", "Школа А");
        pl.school("pl-b", "Школа Б");
        pl.teacher("pl-a", "a-1", "Смирнова", "математика", 10);
        pl.teacher("pl-a", "a-2", "Ёлкина", "физика", 2);
        pl.student("pl-a", "a-3", "Петрова-Водкина", 7);
        pl.partner("pl-a", "a-4", "Смирнов");
        pl.teacher("pl-b", "b-1", "Смирнова", "химия", 5);
        pl.student("pl-b", "b-2", "Абрамов", 5);
        TestData other = new TestData(mvc, "pl-other");
        other.school("pl-x", "Чужая школа");
        other.teacher("pl-x", "x-1", "Смирнова", "история", 8);
    }

    @Test
    void aCoordinatorFindsTheirMunicipalitysPeopleAndNoOtherMunicipalitys() throws Exception {
        mvc.perform(get("/api/registry/participants").param("q", "смир").with(coordinator("pl")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].schoolCode").value(containsInAnyOrder("pl-a", "pl-a", "pl-b")))
                .andExpect(content().string(not(containsString("pl-x"))));
        mvc.perform(get("/api/registry/participants").with(coordinator("pl")))
                .andExpect(jsonPath("$.total").value(6));
        mvc.perform(get("/api/registry/participants").with(coordinator("pl-other")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].schoolCode").value("pl-x"));
    }

    @Test
    void aSchoolAdministratorSeesOnlyTheirSchoolAndAnotherSchoolIsNotFound() throws Exception {
        mvc.perform(get("/api/registry/participants").param("q", "смир").with(schoolAdmin("pl-a", "pl")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].schoolCode").value(everyItem(is("pl-a"))));
        mvc.perform(get("/api/registry/participants").with(schoolAdmin("pl-a", "pl")))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/registry/participants").param("schoolCode", "pl-b").with(schoolAdmin("pl-a", "pl")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Смирнова"))));
        mvc.perform(get("/api/registry/participants").param("schoolCode", "pl-x").with(coordinator("pl")))
                .andExpect(status().isNotFound());
    }

    @Test
    void whoMayNotReadNamesPerSchoolMayNotListThemEither() throws Exception {
        mvc.perform(get("/api/registry/participants").with(departmentViewer("pl")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/registry/participants").with(regionAnalyst()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSearchFindsBeginningsOfWordsInAnyOrderIgnoringCaseAndYo() throws Exception {
        mvc.perform(get("/api/registry/participants").param("q", "ЕЛК").with(coordinator("pl")))
                .andExpect(jsonPath("$.items[*].lastName").value(containsInAnyOrder("Ёлкина")));
        mvc.perform(get("/api/registry/participants").param("q", "водк").with(coordinator("pl")))
                .andExpect(jsonPath("$.items[*].lastName").value(containsInAnyOrder("Петрова-Водкина")));
        mvc.perform(get("/api/registry/participants").param("q", "петровна смирн").with(coordinator("pl")))
                .andExpect(jsonPath("$.total").value(2)); // the two teachers Смирнова Анна Петровна, not the partner
        mvc.perform(get("/api/registry/participants").param("q", "мирн").with(coordinator("pl")))
                .andExpect(jsonPath("$.total").value(0)); // the middle of a word is no beginning
    }

    @Test
    void theSchoolAndTheCategoryNarrowTheListAndTheCount() throws Exception {
        mvc.perform(get("/api/registry/participants").param("category", "STUDENT").with(coordinator("pl")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].lastName").value(containsInAnyOrder("Петрова-Водкина", "Абрамов")));
        mvc.perform(get("/api/registry/participants").param("schoolCode", "pl-b").param("q", "смир").with(coordinator("pl")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].schoolCode").value("pl-b"));
    }

    @Test
    void pagesFollowTheOrderWithoutOverlapAndKeepTheTotal() throws Exception {
        List<String> names = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            String body = mvc.perform(get("/api/registry/participants").param("size", "2").param("page", "" + page)
                            .param("sort", "name").with(coordinator("pl")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(6))
                    .andExpect(jsonPath("$.page").value(page))
                    .andExpect(jsonPath("$.size").value(2))
                    .andExpect(jsonPath("$.items", hasSize(2)))
                    .andReturn().getResponse().getContentAsString();
            names.addAll(JsonPath.read(body, "$.items[*].lastName"));
        }
        assertThat(names).containsExactly("Абрамов", "Ёлкина", "Петрова-Водкина", "Смирнов", "Смирнова", "Смирнова");
        mvc.perform(get("/api/registry/participants").param("size", "2").param("page", "3").with(coordinator("pl")))
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total").value(6));
    }

    @Test
    void theOrderMayBeBySchoolCategoryOrNameDescending() throws Exception {
        mvc.perform(get("/api/registry/participants").param("sort", "school,desc").with(coordinator("pl")))
                .andExpect(jsonPath("$.items[0].schoolCode").value("pl-b"))
                .andExpect(jsonPath("$.items[5].schoolCode").value("pl-a"));
        // by the categories' Russian labels: обучающийся, педагог, представитель организации-партнёра
        mvc.perform(get("/api/registry/participants").param("sort", "kind").with(coordinator("pl")))
                .andExpect(jsonPath("$.items[0].kind").value("STUDENT"))
                .andExpect(jsonPath("$.items[5].kind").value("PARTNER"));
        mvc.perform(get("/api/registry/participants").param("sort", "name,desc").with(coordinator("pl")))
                .andExpect(jsonPath("$.items[5].lastName").value("Абрамов"));
    }

    /**
     * The plans PostgreSQL makes under the row-level security policy, with sequential scans and sorts
     * priced out (six people are too few for the planner to pick an index on its own): a school
     * administrator's search reads their school's rows by index, and the name order walks its index,
     * so an index whose expression drifted from the query's fails here.
     */
    @Test
    void aSchoolsSearchAndTheNameOrderAreAnsweredFromIndexes(@Autowired DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("set local enable_seqscan = off");
                st.execute("set local enable_sort = off");
                st.execute("set local role none"); // a school's connection: the application role, under the policy
                st.execute("select set_config('app.tenant', 'pl-a', true)");
                String search = plan(st, "select p.id from participant p where p.school_code = 'pl-a' and "
                        + ParticipantSearch.NAME_WORDS + " like '% смир%'");
                st.execute("select set_config('app.tenant', '*', true)");
                String order = plan(st, "select p.id from participant p order by " + ParticipantSearch.nameOrder("asc") + " limit 20");
                c.rollback();
                assertThat(search).contains("Index Cond: ((school_code)::text = 'pl-a'::text)");
                assertThat(order).contains("ix_participant_name_order");
            }
        }
    }

    private static String plan(Statement st, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = st.executeQuery("explain " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    @Test
    void badParametersAreABadRequestNamingEachInRussian() throws Exception {
        mvc.perform(get("/api/registry/participants").param("size", "500").param("page", "-1").with(coordinator("pl")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("size", "page")))
                .andExpect(jsonPath("$.errors[?(@.field == 'size')].reason").value(containsInAnyOrder("Размер страницы от 1 до 200")));
        mvc.perform(get("/api/registry/participants").param("sort", "password").with(coordinator("pl")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("допустимы")));
        mvc.perform(get("/api/registry/participants").param("category", "ALIEN").with(coordinator("pl")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
    }
}
