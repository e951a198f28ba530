package ru.mentoring.registry.bank;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import ru.mentoring.registry.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * The banks in memory are shared by every caller, so whoever's search notices a change, the index
 * reloads as the system: a school administrator's search must not rebuild it from what row-level
 * security lets their school see.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BankIndexTenantTest {

    static final String M = "bit";

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final BankIndex index;

    BankIndexTenantTest(MockMvc mvc, JdbcTemplate jdbc, BankIndex index) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.index = index;
    }

    static String mentorOfA;
    static String mentorOfB;

    @BeforeAll
    static void twoSchoolsWithMentors(@Autowired MockMvc mvc) throws Exception {
        TestData data = new TestData(mvc, M);
        data.school("bit-a");
        data.school("bit-b");
        mentorOfA = data.teacher("bit-a", "a-m", "Антонова", "география", 20);
        mentorOfB = data.teacher("bit-b", "b-m", "Белова", "география", 22);
        for (String mentor : new String[] {mentorOfA, mentorOfB}) {
            mvc.perform(post("/api/registry/participants/" + mentor + "/mentor-topics").with(coordinator(M))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"география\",\"topic\":\"Карты\"}"))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void aReloadTriggeredByASchoolAdministratorsSearchReadsEverySchool() throws Exception {
        index.current();
        // another school's mentor changes; the next search is a school administrator's of bit-a
        jdbc.update("update participant set last_name = 'Белова-Смирнова' where id = ?::uuid", mentorOfB);
        long committed = jdbc.queryForObject("select version from bank_version where id = 1", Long.class);
        mvc.perform(get("/api/registry/bank/mentors").with(schoolAdmin("bit-a", M))).andExpect(status().isOk());

        // the index that search left behind is current: the coordinator's search reads it as it is
        BankIndex.Snapshot held = index.current();
        assertThat(held.version()).isGreaterThanOrEqualTo(committed);
        assertThat(held.people()).containsKeys(UUID.fromString(mentorOfA), UUID.fromString(mentorOfB));
        assertThat(held.people().get(UUID.fromString(mentorOfB)).lastName()).isEqualTo("Белова-Смирнова");

        // and a full reload (a truncation-sized gap) from a school administrator's search reads every school too
        jdbc.update("update participant set first_name = 'Вера' where id = ?::uuid", mentorOfB);
        jdbc.update("update bank_version set pruned_below = version where id = 1");
        mvc.perform(get("/api/registry/bank/mentors").with(schoolAdmin("bit-a", M))).andExpect(status().isOk());
        held = index.current();
        assertThat(held.people().get(UUID.fromString(mentorOfB)).firstName()).isEqualTo("Вера");
        mvc.perform(get("/api/registry/bank/mentors?q=белова").with(coordinator(M)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
    }
}
