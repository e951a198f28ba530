package ru.mentoring.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's import and export rules through the gateway with real tokens: an import is all or
 * nothing and names each bad row, a second import of the same file adds nobody, a file over 10 MB
 * is refused, a school administrator imports and exports only their own school, and the errors a
 * caller gets never name what they may not see.
 */
class RegistryExchangeIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("Код ОО", "Табельный номер/ключ", "Фамилия", "Имя", "Отчество",
            "Категория участника", "Предмет", "Стаж", "Темы наставничества");

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void anImportWithBadRowsStoresNothingAndNamesEveryRejectedRow() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of("mil-degtevskaya", "IMP-BAD-%03d".formatted(i), "Орлова", "Вера", "Петровна", "педагог", "химия",
                    "12", "Подготовка к ОГЭ по химии"));
        }
        rows.set(10, List.of("mil-no-such-school", "IMP-BAD-X1", "Орлова", "Вера", "", "педагог", "химия", "12", ""));
        rows.set(120, List.of("mil-degtevskaya", "", "Орлова", "Вера", "", "педагог", "химия", "12", ""));
        rows.set(150, List.of("mil-degtevskaya", "IMP-BAD-X3", "Орлова", "Вера", "", "космонавт", "химия", "12", ""));
        PlatformClient.Response r = upload("coordinator", "mentors", workbook(rows));

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = r.json().get("errors");
        assertThat(errors).hasSize(3);
        // line numbers as Excel shows them: the header is line 1
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(12);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("Код ОО");
        assertThat(errors.get(0).get("reason").asString()).contains("mil-no-such-school");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(122);
        assertThat(errors.get(1).get("field").asString()).isEqualTo("Табельный номер/ключ");
        assertThat(errors.get(2).get("row").asInt()).isEqualTo(152);
        assertThat(errors.get(2).get("reason").asString()).contains("космонавт");
        assertThat(people("mil-degtevskaya")).noneMatch(p -> p.get("externalKey").asString().startsWith("IMP-BAD"));
    }

    @Test
    void importingTheSameFileTwiceAddsNobodyTheSecondTime() throws Exception {
        List<List<String>> rows = List.of(
                List.of("mil-sosh-8", "IMP-TWICE-1", "Белова", "Алла", "Игоревна", "педагог", "физика", "15", "Решение задач повышенной сложности"),
                List.of("mil-sosh-8", "IMP-TWICE-2", "Дронов", "Олег", "Ильич", "педагог", "история", "22", "Проектная деятельность"));
        byte[] file = workbook(rows);
        int before = people("mil-sosh-8").size();

        PlatformClient.Response first = upload("admin-mil-sosh-8", "mentors", file);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        PlatformClient.Response second = upload("admin-mil-sosh-8", "mentors", file);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("created").asInt()).isZero();
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(people("mil-sosh-8")).hasSize(before + 2);

        // in the bank of mentors, and in its export, with the Russian headers a coordinator keeps
        JsonNode bank = client.get("admin-mil-sosh-8", "/api/registry/bank/mentors?q=Белова").json();
        assertThat(bank.toString()).contains("IMP-TWICE-1").doesNotContain("IMP-TWICE-2");
        PlatformClient.Response export = client.get("admin-mil-sosh-8", "/api/registry/exchange/mentors?format=csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).contains("Код ОО").contains("Фамилия").contains("IMP-TWICE-1").contains("IMP-TWICE-2");
    }

    @Test
    void aSchoolAdministratorCannotImportIntoAnotherSchoolAndTheReasonNamesOnlyTheCode() throws Exception {
        int before = people("mil-sosh-5").size();
        PlatformClient.Response r = upload("admin-mil-sosh-8", "mentors", workbook(List.of(
                List.of("mil-sosh-5", "IMP-FOREIGN-1", "Гаврилова", "Нина", "", "педагог", "биология", "9", ""))));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("Код ОО");
        // the same answer as for a school that does not exist: nothing about mil-sosh-5 is revealed
        assertThat(r.json().get("errors").get(0).get("reason").asString()).contains("не найдена среди доступных вам");
        assertThat(people("mil-sosh-5")).hasSize(before);
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithAProblem() {
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        PlatformClient.Response r = client.postFile("coordinator", "/api/registry/exchange/mentors", "file", "большой.csv", "text/csv", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).contains("10 МБ");
    }

    @Test
    void aMalformedWorkbookIsABadRequestNamingTheFile() {
        PlatformClient.Response r = client.postFile("coordinator", "/api/registry/exchange/mentees", "file", "bank.xlsx", XLSX,
                "this is not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void exportsHoldOnlyTheCallersSchoolOrMunicipality() throws Exception {
        PlatformClient.Response own = client.get("admin-mil-sosh-4", "/api/registry/exchange/mentees?format=xlsx");
        assertThat(own.status()).isEqualTo(200);
        List<String> schools = firstColumn(own.raw().body());
        assertThat(schools).isNotEmpty().containsOnly("mil-sosh-4");

        assertThat(client.get("admin-mil-sosh-4", "/api/registry/exchange/mentees?format=xlsx&school=mil-sosh-5").status())
                .isEqualTo(404);
        List<String> other = firstColumn(client.get("coordinator-other", "/api/registry/exchange/mentees?format=xlsx").raw().body());
        assertThat(other).noneMatch(code -> code.startsWith("mil-"));
        assertThat(client.get("department", "/api/registry/exchange/mentees?format=xlsx").status()).isEqualTo(403);
    }

    @Test
    void aPersonOfAnotherSchoolIsNotFoundAndTheAnswerDoesNotNameThem() {
        JsonNode someone = people("mil-sosh-5").get(0);
        PlatformClient.Response r = client.get("admin-mil-sosh-4", "/api/registry/participants/" + someone.get("id").asString());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).doesNotContain(someone.get("lastName").asString()).doesNotContain("mil-sosh-5");
        assertThat(client.get("admin-mil-sosh-4", "/api/registry/bank/mentors?q=" + java.net.URLEncoder.encode(
                someone.get("lastName").asString(), StandardCharsets.UTF_8)).body()).doesNotContain(someone.get("id").asString());
    }

    @Test
    void aSchoolAdministratorEditsTheirOwnPersonAndTheCoordinatorSeesTheChangeInTheAuditLog() {
        JsonNode person = people("mil-turoverovskaya").get(1);
        String id = person.get("id").asString();
        String body = """
                {"externalKey":"%s","kind":"TEACHER","lastName":"%s","firstName":"%s","middleName":"%s",
                 "subjects":"астрономия","experienceYears":%d,"qualificationCategory":"высшая"}""".formatted(
                person.get("externalKey").asString(), person.get("lastName").asString(), person.get("firstName").asString(),
                person.get("middleName").asString(), person.get("experienceYears").asInt());

        assertThat(client.putJson("admin-mil-sosh-2", "/api/registry/participants/" + id, body).status()).isEqualTo(404);
        assertThat(client.putJson("department", "/api/registry/participants/" + id, body).status()).isEqualTo(403);
        PlatformClient.Response invalid = client.putJson("admin-mil-turoverovskaya", "/api/registry/participants/" + id,
                body.replace("\"lastName\":\"" + person.get("lastName").asString() + "\"", "\"lastName\":\"\""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("lastName");

        PlatformClient.Response edited = client.putJson("admin-mil-turoverovskaya", "/api/registry/participants/" + id, body);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("subjects").asString()).isEqualTo("астрономия");
        JsonNode audit = client.get("coordinator", "/api/registry/audit?schoolCode=mil-turoverovskaya").json();
        assertThat(audit.toString()).contains(id).contains("астрономия").contains("admin-mil-turoverovskaya");
    }

    @Test
    void aPersonWithTheirOwnConsentInForceCannotBecomeAMinorUntilItIsWithdrawn() {
        String admin = "admin-mil-turoverovskaya";
        PlatformClient.Response created = client.postJson(admin, "/api/registry/schools/mil-turoverovskaya/participants", """
                {"externalKey":"E2E-KIND-1","kind":"TEACHER","lastName":"Категориева","firstName":"Анна",
                 "subjects":"химия","experienceYears":3}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(client.postJson(admin, "/api/registry/participants/" + id + "/consents",
                "{\"givenOn\":\"2025-09-01\",\"documentRef\":\"№ 7/С\"}").status()).isEqualTo(201);
        String asStudent = """
                {"externalKey":"E2E-KIND-1","kind":"STUDENT","lastName":"Категориева","firstName":"Анна","grade":11}""";

        PlatformClient.Response refused = client.putJson(admin, "/api/registry/participants/" + id, asStudent);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(refused.json().get("errors").get(0).get("reason").asString()).contains("отзовите действующее согласие");

        assertThat(client.postJson(admin, "/api/registry/participants/" + id + "/consents/withdrawal",
                "{\"withdrawnOn\":\"2025-10-01\",\"reason\":\"внесена как педагог ошибочно\"}").status()).isEqualTo(200);
        PlatformClient.Response changed = client.putJson(admin, "/api/registry/participants/" + id, asStudent);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("kind").asString()).isEqualTo("STUDENT");
    }

    private static List<JsonNode> people(String school) {
        List<JsonNode> list = new ArrayList<>();
        client.get("coordinator", "/api/registry/schools/" + school + "/participants").json().forEach(list::add);
        return list;
    }

    private static PlatformClient.Response upload(String user, String bank, byte[] xlsx) {
        return client.postFile(user, "/api/registry/exchange/" + bank, "file", "База наставников.xlsx", XLSX, xlsx);
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("База наставников");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> firstColumn(byte[] xlsx) throws Exception {
        List<String> values = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null) {
                    values.add(sheet.getRow(r).getCell(0).getStringCellValue());
                }
            }
        }
        return values;
    }
}
