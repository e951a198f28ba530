package ru.mentoring.registry.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;

/**
 * A search's pages and totals are what PostgreSQL itself finds and orders (ORDER BY last_name,
 * first_name, id over the same conditions): the in-memory index (BankIndex) against the database,
 * for a few thousand people, on the first, second and last page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BankSearchPagingTest {

    static final String M = "bnd";
    static final int PEOPLE = 3_500;

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    BankSearchPagingTest(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    @BeforeAll
    static void people(@Autowired JdbcTemplate jdbc) {
        jdbc.update("insert into school (code, full_name, short_name, kind, municipality_code) values ('bnd-a', 'МБОУ СОШ № 1', 'СОШ № 1', 'SOSH', ?)", M);
        String[] last = {"Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова", "Михайлова", "Новикова", "Фёдорова"};
        String[] first = {"Анна", "Ольга", "Елена", "Мария", "Ирина"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            // every tenth person is Петровна: few; the others Ивановна: many
            rows.add(new Object[] {UUID.randomUUID(), "bnd-a", "D-" + i, last[i % last.length], first[(i / 10) % first.length],
                    i % 10 == 3 ? "Петровна" : "Ивановна", i % 3 == 0 ? "физика, астрономия" : "химия"});
        }
        jdbc.batchUpdate("""
                insert into participant (id, school_code, external_key, kind, last_name, first_name, middle_name, subjects,
                  experience_years, young_specialist, mentor_bank)
                values (?, ?, ?, 'TEACHER', ?, ?, ?, ?, 20, false, true)""", rows);
        // as an import leaves the tables (PeopleImport.analyze)
        jdbc.execute("analyze participant");
    }

    @Test
    void manyFoundByNamePageInNameOrder() throws Exception {
        assertPages("q=ивановна", "middle_name = 'Ивановна'", PEOPLE - PEOPLE / 10);
    }

    @Test
    void fewFoundByNamePageInNameOrder() throws Exception {
        assertPages("q=петровна", "middle_name = 'Петровна'", PEOPLE / 10);
    }

    @Test
    void aWordThatBeginsSeveralWordsOfOnePersonFindsThemOnce() throws Exception {
        // Иванова Ивановна has both words that begin with "иван"
        assertPages("q=иван", "(last_name = 'Иванова' or middle_name = 'Ивановна')", -1);
    }

    @Test
    void twoWordsAndASubjectNarrowTheSearchTogether() throws Exception {
        assertPages("q=петровна+анна&subject=астрон", "middle_name = 'Петровна' and first_name = 'Анна' and subjects like 'физика%'", -1);
        assertPages("subject=хим&q=ольга", "first_name = 'Ольга' and subjects = 'химия'", -1);
    }

    private void assertPages(String search, String condition, int expectedTotal) throws Exception {
        int total = jdbc.queryForObject("select count(*) from participant where school_code = 'bnd-a' and " + condition, Integer.class);
        if (expectedTotal >= 0) {
            assertThat(total).isEqualTo(expectedTotal);
        }
        for (int page : new int[] {0, 1, total / 50}) {
            List<String> expected = jdbc.queryForList("select id::text from participant where school_code = 'bnd-a' and " + condition
                    + " order by last_name, first_name, id limit 50 offset ?", String.class, page * 50);
            String body = mvc.perform(get("/api/registry/bank/mentors?" + search + "&page=" + page).with(coordinator(M)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(((Number) JsonPath.read(body, "$.total")).intValue()).as(search).isEqualTo(total);
            List<String> ids = JsonPath.read(body, "$.items[*].id");
            assertThat(ids).as(search + " page " + page).isEqualTo(expected);
        }
    }
}
