package ru.mentoring.registry.bank;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;

/**
 * The search's in-memory banks (BankIndex) are never stale: a change committed by any path (here
 * plain SQL, as another instance of the service or a migration would commit it) is in the very next
 * search, through the triggers' change log; a gap left by pruning or a truncation reloads everything.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BankIndexTest {

    static final String M = "bix";

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final BankChangePruning pruning;
    private final MeterRegistry meters;

    BankIndexTest(MockMvc mvc, JdbcTemplate jdbc, BankChangePruning pruning, MeterRegistry meters) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.pruning = pruning;
        this.meters = meters;
    }

    static String mentor;
    static String young;
    static TestData data;

    @BeforeAll
    static void bank(@Autowired MockMvc mvc) throws Exception {
        data = new TestData(mvc, M);
        data.school("bix-a", "Лицей № 1");
        mentor = data.teacher("bix-a", "x-m", "Старикова", "история", 30);
        young = data.teacher("bix-a", "x-y", "Новенькая", "история", 1);
        mvc.perform(post("/api/registry/participants/" + mentor + "/mentor-topics").with(coordinator(M))
                .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"история\",\"topic\":\"Работа с источниками\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/registry/participants/" + young + "/mentee-requests").with(coordinator(M))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"difficultyKind\":\"SUBJECT\",\"subject\":\"история\",\"text\":\"подготовка к ВПР\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aChangeCommittedByAnyPathIsInTheNextSearch() throws Exception {
        assertThat(total("mentors?q=старикова")).isEqualTo(1);

        jdbc.update("update participant set last_name = 'Старшова' where id = ?::uuid", mentor);
        assertThat(total("mentors?q=старикова")).isZero();
        assertThat(total("mentors?q=старш")).isEqualTo(1);

        jdbc.update("update school set short_name = 'Лицей № 7' where code = 'bix-a'");
        assertThat(first("mentors", "$.items[0].schoolShortName")).isEqualTo("Лицей № 7");

        assertThat(first("mentors", "$.items[0].consentInForce")).isEqualTo(false);
        data.consent(mentor);
        assertThat(first("mentors", "$.items[0].consentInForce")).isEqualTo(true);

        jdbc.update("insert into mentor_topic (id, school_code, participant_id, subject, topic) values (?, 'bix-a', ?::uuid, 'обществознание', 'Эссе')",
                UUID.randomUUID(), mentor);
        assertThat(total("mentors?subject=обществознание")).isEqualTo(1);
        assertThat(first("mentors", "$.items[0].topics.length()")).isEqualTo(2);

        data.consent(young);
        String pair = data.pair(mentor, "TEACHER_TEACHER", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST", "TRADITIONAL", young);
        assertThat(first("mentors", "$.items[0].statusLabel")).isEqualTo("в паре");
        assertThat(total("mentees?status=IN_PAIR")).isEqualTo(1);
        jdbc.update("update mentoring_pair set status = 'TERMINATED' where id = ?::uuid", pair);
        assertThat(first("mentors", "$.items[0].statusLabel")).isEqualTo("свободен");
        assertThat(total("mentees?status=IN_PAIR")).isZero();

        // changes that leave everybody where they were in name order are replaced in place: filters too
        jdbc.update("update participant set kind = 'PARTNER', young_specialist = true where id = ?::uuid", mentor);
        assertThat(total("mentors?role=PARTNER&youngSpecialist=true")).isEqualTo(1);
        assertThat(total("mentors?role=TEACHER")).isZero();
        jdbc.update("update participant set kind = 'TEACHER', young_specialist = false where id = ?::uuid", mentor);
        assertThat(total("mentors?role=TEACHER&youngSpecialist=false")).isEqualTo(1);

        jdbc.update("update consent set withdrawn_on = current_date where participant_id = ?::uuid", mentor);
        assertThat(first("mentors", "$.items[0].consentInForce")).isEqualTo(false);

        jdbc.update("delete from mentor_topic where participant_id = ?::uuid and subject = 'обществознание'", mentor);
        assertThat(total("mentors?subject=обществознание")).isZero();

        jdbc.update("update participant set mentor_bank = false where id = ?::uuid", mentor);
        assertThat(total("mentors")).isZero();
        jdbc.update("update participant set mentor_bank = true where id = ?::uuid", mentor);
        assertThat(total("mentors")).isEqualTo(1);
    }

    @Test
    void changesOlderThanThePrunedLogReloadEverything() throws Exception {
        total("mentees");
        double full = reloads("full");
        jdbc.update("update participant set first_name = 'Вера' where id = ?::uuid", young);
        pruning.prune(); // remembers the version: what came before it goes at the next run
        jdbc.update("update participant set middle_name = 'Сергеевна' where id = ?::uuid", young);
        pruning.prune();
        long prunedBelow = jdbc.queryForObject("select pruned_below from bank_version", Long.class);
        assertThat(prunedBelow).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from bank_change where version < ?", Long.class, prunedBelow)).isZero();

        assertThat(total("mentees?q=вера+сергеевна")).isEqualTo(1);
        assertThat(reloads("full")).isEqualTo(full + 1);
    }

    @Test
    void aTruncationReloadsEverythingAndAnythingElseOnlyThePeopleChanged() throws Exception {
        total("mentors");
        double full = reloads("full");
        double changes = reloads("changes");
        jdbc.update("update participant set experience_years = 31 where id = ?::uuid", mentor);
        total("mentors");
        assertThat(reloads("changes")).isEqualTo(changes + 1);
        assertThat(reloads("full")).isEqualTo(full);

        // what the truncate triggers write
        jdbc.update("""
                with v as (update bank_version set version = version + 1 where id = 1 returning version)
                insert into bank_change (version, participant_id) select version, null from v""");
        total("mentors");
        assertThat(reloads("full")).isEqualTo(full + 1);
    }

    @Test
    void aStatementWritesOneChangeRowPerPersonItTouched() {
        long before = jdbc.queryForObject("select version from bank_version", Long.class);
        jdbc.update("update participant set young_specialist = young_specialist where school_code = 'bix-a'");
        long after = jdbc.queryForObject("select version from bank_version", Long.class);
        assertThat(after).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("select participant_id::text from bank_change where version = ?", String.class, after))
                .containsExactlyInAnyOrder(mentor, young);
    }

    private int total(String search) throws Exception {
        String body = mvc.perform(get("/api/registry/bank/" + search).with(coordinator(M)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.total")).intValue();
    }

    private Object first(String search, String path) throws Exception {
        String body = mvc.perform(get("/api/registry/bank/" + search + "?school=bix-a").with(coordinator(M)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, path);
    }

    private double reloads(String kind) {
        return meters.get("registry.bank.index.reloads").tag("kind", kind).timer().count();
    }
}
