package ru.mentoring.e2e;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.HttpLoad;
import ru.mentoring.launcher.Platform;
import ru.mentoring.launcher.PlatformClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's benchmark, not a test of speed: 1,000 schools registered through the gateway (each with
 * its Keycloak organization), 50,000 people imported as ten 5,000-row XLSX files (each import
 * timed), then the bank searched by 20 concurrent callers through the gateway with real tokens.
 * Runs only when asked (docs/benchmarks.md):
 * {@code ./mvnw -pl infra/e2e verify -Dit.test=RegistryBenchmarkIT -Dbenchmark=true}
 */
class RegistryBenchmarkIT {

    static final int SCHOOLS = 1_000;
    static final int PEOPLE_PER_SCHOOL = 50;
    static final int ROWS_PER_FILE = 5_000;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] LAST = {"Иванова", "Петрова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Соколова",
            "Михайлова", "Новикова", "Фёдорова", "Морозова", "Волкова", "Алексеева", "Лебедева", "Семёнова", "Егорова"};
    static final String[] FIRST = {"Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Светлана", "Татьяна"};
    static final String[] SUBJECTS = {"математика", "русский язык", "физика", "химия", "биология", "история",
            "география", "английский язык", "информатика", "литература"};

    @Test
    void fiftyThousandPeopleInAThousandSchoolsImportedAndSearchedThroughTheGateway() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "benchmark runs only with -Dbenchmark=true");
        PlatformClient client = E2EPlatform.client();

        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < SCHOOLS; s++) {
                String code = school(s);
                done.add(pool.submit(() -> {
                    PlatformClient.Response r = client.postJson("coordinator", "/api/registry/schools", """
                            {"code":"%s","fullName":"Муниципальное бюджетное общеобразовательное учреждение %s",
                             "shortName":"МБОУ %s","kind":"SOSH","advancedLevel":false,"rural":%s,
                             "municipalityCode":"millerovo"}""".formatted(code, code, code, code.hashCode() % 3 == 0));
                    assertThat(r.status()).as(r.body()).isIn(201, 409);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        System.out.printf("REGISTRY BENCHMARK: %d schools registered with their Keycloak organizations in %.1f s%n", SCHOOLS,
                (System.nanoTime() - t0) / 1e9);

        Random random = new Random(7);
        List<Double> importSeconds = new ArrayList<>();
        int files = SCHOOLS * PEOPLE_PER_SCHOOL / ROWS_PER_FILE;
        int schoolsPerFile = SCHOOLS / files;
        for (int f = 0; f < files; f++) {
            boolean mentors = f % 2 == 0;
            byte[] xlsx = workbook(random, mentors, f * schoolsPerFile, schoolsPerFile);
            long t = System.nanoTime();
            PlatformClient.Response r = client.postFile("coordinator", "/api/registry/exchange/" + (mentors ? "mentors" : "mentees"),
                    "file", "bank-" + f + ".xlsx", XLSX, xlsx);
            double seconds = (System.nanoTime() - t) / 1e9;
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("created").asInt()).isEqualTo(ROWS_PER_FILE);
            importSeconds.add(seconds);
            System.out.printf("REGISTRY BENCHMARK: import %d (%s, %d rows, %d KiB) in %.2f s%n", f, mentors ? "mentors" : "mentees",
                    ROWS_PER_FILE, xlsx.length / 1024, seconds);
        }

        String[] queries = {
                "/api/registry/bank/mentors",
                "/api/registry/bank/mentors?subject=" + enc("математика"),
                "/api/registry/bank/mentors?q=" + enc("ива"),
                "/api/registry/bank/mentors?q=" + enc("смирнова ольга"),
                "/api/registry/bank/mentors?status=FREE&subject=" + enc("физика"),
                "/api/registry/bank/mentors?school=" + school(500),
                "/api/registry/bank/mentees",
                "/api/registry/bank/mentees?youngSpecialist=true",
                "/api/registry/bank/mentees?subject=" + enc("химия") + "&page=3",
                "/api/registry/bank/mentees?q=" + enc("нов"),
        };
        for (String q : queries) {
            PlatformClient.Response r = client.get("coordinator", q);
            assertThat(r.status()).as(q + " " + r.body()).isEqualTo(200);
        }
        // warm-up of the whole path (gateway, token validation, JIT, connection pools, query plans)
        HttpLoad.run(client, 20, Duration.ofSeconds(30), 3_000, i -> client.request("coordinator", queries[i % queries.length]).GET());
        // the path's own cost (gateway, two token checks, one primary-key read), for comparison
        System.out.println("REGISTRY BENCHMARK: one caller, GET one school: " + HttpLoad.run(client, 1, Duration.ofSeconds(10), 30,
                i -> client.request("coordinator", "/api/registry/schools/" + school(i)).GET()));
        String registry = E2EPlatform.serviceUrl("registry");
        System.out.println("REGISTRY BENCHMARK: one caller, GET one school from the registry directly: " + HttpLoad.run(client, 1,
                Duration.ofSeconds(10), 30, i -> client.request("coordinator", registry + "/api/registry/schools/" + school(i)).GET()));
        System.out.println("REGISTRY BENCHMARK: one caller, bank of mentors from the registry directly: " + HttpLoad.run(client, 1,
                Duration.ofSeconds(10), 30, i -> client.request("coordinator", registry + queries[0]).GET()));
        boolean statements = Boolean.getBoolean(Platform.STAT_STATEMENTS);
        if (statements) {
            sql("create extension if not exists pg_stat_statements", "select pg_stat_statements_reset()");
        }
        for (String q : queries) {
            System.out.println("REGISTRY BENCHMARK: one caller, " + q + ": "
                    + HttpLoad.run(client, 1, Duration.ofSeconds(10), 30, i -> client.request("coordinator", q).GET()));
        }
        if (statements) {
            System.out.println("REGISTRY BENCHMARK: PostgreSQL, one caller:");
            printStatements();
        }
        // people at work: each of 20 callers reads the answer for half a second on average before the next search
        HttpLoad.Result paced = HttpLoad.run(client, 20, Duration.ofSeconds(60), 100_000, Duration.ofMillis(500),
                i -> client.request(i % 10 == 9 ? "admin-mil-sosh-1" : "coordinator", queries[i % queries.length]).GET());
        System.out.println("REGISTRY BENCHMARK: bank search, 20 callers with 0.5 s mean think time: " + paced);
        // saturation: 20 callers back to back, no pause
        if (statements) {
            sql("select pg_stat_statements_reset()");
        }
        HttpLoad.Result result = HttpLoad.run(client, 20, Duration.ofSeconds(60), 100_000,
                i -> client.request(i % 10 == 9 ? "admin-mil-sosh-1" : "coordinator", queries[i % queries.length]).GET());
        System.out.println("REGISTRY BENCHMARK: bank search, 20 callers back to back: " + result);
        if (statements) {
            System.out.println("REGISTRY BENCHMARK: PostgreSQL, 20 callers back to back (times include waiting for a core):");
            printStatements();
        }
        // the same while a coordinator changes the bank twice a second (a topic added to a mentor): every
        // change moves the bank version on, and the next search reloads the people it touched
        var items = client.get("coordinator", "/api/registry/bank/mentors?size=100").json().get("items");
        List<String> mentorIds = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            mentorIds.add(items.get(i).get("id").asString());
        }
        java.util.concurrent.atomic.AtomicInteger edits = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger editErrors = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean searching = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread editor = Thread.ofPlatform().start(() -> {
            while (searching.get()) {
                int n = edits.getAndIncrement();
                PlatformClient.Response r = client.postJson("coordinator", "/api/registry/participants/" + mentorIds.get(n % mentorIds.size())
                        + "/mentor-topics", "{\"subject\":\"история\",\"topic\":\"Тема " + n + "\"}");
                if (r.status() != 201) {
                    editErrors.incrementAndGet();
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        HttpLoad.Result mixed = HttpLoad.run(client, 20, Duration.ofSeconds(60), 100_000,
                i -> client.request(i % 10 == 9 ? "admin-mil-sosh-1" : "coordinator", queries[i % queries.length]).GET());
        searching.set(false);
        editor.join();
        System.out.println("REGISTRY BENCHMARK: bank search, 20 callers back to back, while " + edits.get()
                + " topics were added (2 a second, " + editErrors.get() + " errors): " + mixed);
        client.get(null, registry + "/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("registry_bank_index_reloads_seconds_"))
                .forEach(line -> System.out.println("REGISTRY BENCHMARK: " + line));
        System.out.println("REGISTRY BENCHMARK: imports (s): " + importSeconds);
        assertThat(paced.errors()).isZero();
        assertThat(result.errors()).isZero();
        assertThat(mixed.errors()).isZero();
        assertThat(editErrors.get()).isZero();
    }

    /** -Dplatform.postgres.stat-statements=true: where PostgreSQL's time went during the saturated run. */
    private static void printStatements() throws Exception {
        try (Connection c = DriverManager.getConnection(E2EPlatform.get().jdbcUrl(), "postgres", E2EPlatform.get().databasePassword());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select calls, round(total_exec_time::numeric, 1) as total_ms, round(mean_exec_time::numeric, 3) as mean_ms,
                               left(coalesce(substring(regexp_replace(query, '\\s+', ' ', 'g') from '(?:from participant p |from mentor_topic |from mentee_request ).*'),
                                             regexp_replace(query, '\\s+', ' ', 'g')), 200) as query
                        from pg_stat_statements order by total_exec_time desc limit 25""")) {
            while (rs.next()) {
                System.out.printf("REGISTRY BENCHMARK: SQL %8d calls %10s ms total %8s ms mean  %s%n", rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4));
            }
        }
    }

    private static void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(E2EPlatform.get().jdbcUrl(), "postgres", E2EPlatform.get().databasePassword());
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    static String school(int s) {
        return "rb-%04d".formatted(s + 1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** 5,000 rows: 50 people of each of the file's schools, as a coordinator's bank would hold them. */
    static byte[] workbook(Random random, boolean mentors, int firstSchool, int schools) throws Exception {
        List<String> header = mentors
                ? List.of("Код ОО", "Табельный номер/ключ", "Фамилия", "Имя", "Отчество", "Категория участника", "Предмет", "Стаж",
                "Молодой специалист", "Темы наставничества")
                : List.of("Код ОО", "Табельный номер/ключ", "Фамилия", "Имя", "Отчество", "Категория участника", "Предмет", "Стаж",
                "Молодой специалист", "Вид затруднения", "Предмет затруднения", "Затруднение");
        try (SXSSFWorkbook book = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(mentors ? "База наставников" : "База наставляемых");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            int r = 1;
            for (int s = firstSchool; s < firstSchool + schools; s++) {
                for (int p = 0; p < PEOPLE_PER_SCHOOL; p++) {
                    String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                    int experience = mentors ? 8 + random.nextInt(30) : random.nextInt(6);
                    List<String> values = new ArrayList<>(List.of(school(s), (mentors ? "M-" : "E-") + p,
                            LAST[random.nextInt(LAST.length)], FIRST[random.nextInt(FIRST.length)], "Петровна", "педагог", subject,
                            String.valueOf(experience), experience <= 3 ? "да" : "нет"));
                    if (mentors) {
                        values.add("Подготовка к ОГЭ: " + subject);
                    } else {
                        values.addAll(List.of("предметное", subject, "Подготовка обучающихся к ОГЭ"));
                    }
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
