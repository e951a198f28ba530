package ru.mentoring.registry.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.mentoring.platform.test.TestCallers.coordinator;
import static ru.mentoring.platform.test.TestCallers.schoolAdmin;

/**
 * Bank search against 50,000 people in 1,000 schools, in the service (MockMvc, one caller at a
 * time): the gateway benchmark of the issue adds the network and 20 concurrent callers on top.
 * Opt-in, because it loads the shared test database:
 * {@code ./mvnw -o -pl registry-service test -Dtest=BankSearchBenchmarkTest -Dregistry.benchmark=true}
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "registry.benchmark", matches = "true")
class BankSearchBenchmarkTest {

    static final String M = "bench";
    static final String[] LAST = {"Иванова", "Петрова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Соколова",
            "Михайлова", "Новикова", "Фёдорова", "Морозова", "Волкова", "Алексеева", "Лебедева", "Семёнова", "Егорова"};
    static final String[] FIRST = {"Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Светлана", "Татьяна"};
    static final String[] SUBJECTS = {"математика", "русский язык", "физика", "химия", "биология", "история",
            "география", "английский язык", "информатика", "литература"};

    private final MockMvc mvc;

    private final JdbcTemplate jdbc;

    BankSearchBenchmarkTest(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    @Test
    void searchingTheBankOf50000PeopleInTheService() throws Exception {
        load();
        // the first search loads the banks into memory (BankIndex); a change reloads the people it touched
        long loading = System.nanoTime();
        mvc.perform(get("/api/registry/bank/mentors").with(coordinator(M))).andExpect(status().isOk());
        System.out.printf("BANK SEARCH BENCHMARK: first search, loading the banks: %.0f ms%n", (System.nanoTime() - loading) / 1e6);
        UUID someone = jdbc.queryForObject("select id from participant where mentor_bank and school_code = 'bench-0001' limit 1", UUID.class);
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into mentor_topic (id, school_code, participant_id, subject, topic) values (?, 'bench-0001', ?, 'история', ?)",
                    UUID.randomUUID(), someone, "Тема " + i);
            long changed = System.nanoTime();
            mvc.perform(get("/api/registry/bank/mentors").with(coordinator(M))).andExpect(status().isOk());
            System.out.printf("BANK SEARCH BENCHMARK: search after a topic was added: %.1f ms%n", (System.nanoTime() - changed) / 1e6);
            jdbc.update("update participant set last_name = last_name || 'а' where id = ?", someone);
            changed = System.nanoTime();
            mvc.perform(get("/api/registry/bank/mentors").with(coordinator(M))).andExpect(status().isOk());
            System.out.printf("BANK SEARCH BENCHMARK: search after a name was changed: %.1f ms%n", (System.nanoTime() - changed) / 1e6);
        }
        String[] queries = {
                "/api/registry/bank/mentors",
                "/api/registry/bank/mentors?subject=математика",
                "/api/registry/bank/mentors?q=ива",
                "/api/registry/bank/mentors?q=смирнова ольга",
                "/api/registry/bank/mentors?status=FREE&subject=физика",
                "/api/registry/bank/mentors?school=bench-0500",
                "/api/registry/bank/mentees",
                "/api/registry/bank/mentees?youngSpecialist=true",
                "/api/registry/bank/mentees?subject=химия&page=3",
                "/api/registry/bank/mentees?role=STUDENT&q=нов",
        };
        for (String q : queries) { // warm-up, and each query's own time for the record
            mvc.perform(get(q).with(coordinator(M))).andExpect(status().isOk());
            long t = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                mvc.perform(get(q).with(coordinator(M))).andExpect(status().isOk());
            }
            System.out.printf("BANK SEARCH BENCHMARK: %-60s %.1f ms%n", q, (System.nanoTime() - t) / 5e6);
        }
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String q : queries) {
                long t = System.nanoTime();
                mvc.perform(get(q).with(coordinator(M))).andExpect(status().isOk());
                nanos.add(System.nanoTime() - t);
            }
            long t = System.nanoTime();
            mvc.perform(get("/api/registry/bank/mentors?subject=история").with(schoolAdmin("bench-0" + (100 + round), M)))
                    .andExpect(status().isOk());
            nanos.add(System.nanoTime() - t);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = sorted[sorted.length / 2] / 1e6;
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
        System.out.printf("BANK SEARCH BENCHMARK: %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", sorted.length, p50, p95,
                sorted[sorted.length - 1] / 1e6);
        // a benchmark, not a test of speed: it fails only if a search fails (docs/benchmarks.md has the figures)
        assertThat(sorted).isNotEmpty();
    }

    private void load() {
        Integer existing = jdbc.queryForObject("select count(*) from school where municipality_code = ?", Integer.class, M);
        if (existing != null && existing > 0) {
            return;
        }
        Random random = new Random(42);
        List<Object[]> schools = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String code = "bench-%04d".formatted(i);
            schools.add(new Object[] {code, "МБОУ СОШ № " + i, "СОШ № " + i, M});
        }
        jdbc.batchUpdate("insert into school (code, full_name, short_name, kind, municipality_code) values (?, ?, ?, 'SOSH', ?)", schools);
        List<Object[]> people = new ArrayList<>();
        List<Object[]> topics = new ArrayList<>();
        List<Object[]> requests = new ArrayList<>();
        for (int s = 0; s < 1000; s++) {
            String school = "bench-%04d".formatted(s);
            for (int n = 0; n < 50; n++) {
                UUID id = UUID.randomUUID();
                boolean teacher = n < 30;
                int experience = random.nextInt(35);
                String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                // -Dregistry.benchmark.everyone-in-a-bank=true: half of the people in each bank, as the gateway benchmark loads them
                boolean everyone = Boolean.getBoolean("registry.benchmark.everyone-in-a-bank");
                boolean mentor = everyone ? n % 2 == 0 : teacher && experience > 10 && random.nextInt(3) == 0;
                boolean mentee = everyone ? !mentor : !mentor && random.nextInt(4) == 0;
                people.add(new Object[] {id, school, "K-" + n, teacher ? "TEACHER" : "STUDENT", LAST[random.nextInt(LAST.length)],
                        FIRST[random.nextInt(FIRST.length)], "Ивановна", teacher ? subject : null, teacher ? experience : null,
                        teacher && experience <= 3, teacher ? null : 5 + random.nextInt(7), mentor, mentee});
                if (mentor) {
                    topics.add(new Object[] {UUID.randomUUID(), school, id, subject, "Тема " + random.nextInt(100)});
                }
                if (mentee) {
                    requests.add(new Object[] {UUID.randomUUID(), school, id, "SUBJECT", subject, "Затруднение " + random.nextInt(100)});
                }
            }
        }
        jdbc.batchUpdate("""
                insert into participant (id, school_code, external_key, kind, last_name, first_name, middle_name, subjects,
                  experience_years, young_specialist, grade, mentor_bank, mentee_bank)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", people);
        jdbc.batchUpdate("insert into mentor_topic (id, school_code, participant_id, subject, topic) values (?, ?, ?, ?, ?)", topics);
        jdbc.batchUpdate("""
                insert into mentee_request (id, school_code, participant_id, difficulty_kind, subject, text, status)
                values (?, ?, ?, ?, ?, ?, 'OPEN')""", requests);
        jdbc.execute("analyze school");
        jdbc.execute("analyze participant");
        jdbc.execute("analyze mentor_topic");
        jdbc.execute("analyze mentee_request");
        System.out.println("BANK SEARCH BENCHMARK: loaded " + people.size() + " people, " + topics.size() + " topics, "
                + requests.size() + " requests in " + Arrays.asList(1000) + " schools");
    }
}
