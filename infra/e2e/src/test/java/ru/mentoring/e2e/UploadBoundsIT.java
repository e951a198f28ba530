package ru.mentoring.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds of uploads through the gateway with real tokens: a tiny hostile workbook is refused
 * fast with the one rejected-rows shape and the service answers the next request; a body over a
 * route's limit is the gateway's own 413 problem (64 KB on the personal links); a name that looks
 * like a formula leaves the registry's CSV export as text and comes back from its import unchanged.
 */
class UploadBoundsIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    @Test
    void aTinyWorkbookWithAValueInXfdOnEveryRowIsRefusedFastByEveryServiceAndEachAnswersTheNextRequest() throws Exception {
        StringBuilder rows = new StringBuilder("<row r=\"1\">" + text("A1", "Код ОО") + text("B1", "Фамилия") + "</row>");
        for (int r = 2; r <= 100_000; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(text("XFD" + r, "x")).append("</row>");
        }
        byte[] file = workbook(rows.toString());
        assertThat(file.length).as("a small file").isLessThan(2_000_000);

        long started = System.nanoTime();
        PlatformClient.Response registry = client.postFile("coordinator", "/api/registry/exchange/mentors", "file", "x.xlsx", XLSX, file);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertRefusedAtRow2(registry, "столбец XFD");
        System.out.println("UPLOAD BOUNDS: XFD workbook of 100,000 rows refused by the registry in " + ms + " ms");
        assertThat(ms).as("refused fast, not after padding 100,000 rows to 16,384 cells").isLessThan(3_000);
        assertThat(client.get("coordinator", "/api/registry/schools").status()).isEqualTo(200);

        assertRefusedAtRow2(client.post("region", "/api/index/years/2024/indicator-values", XLSX, file), "столбец XFD");
        assertThat(client.get("coordinator", "/api/index/years/2024/data").status()).isEqualTo(200);

        assertRefusedAtRow2(client.post("coordinator", "/api/monitoring/competency-scores", XLSX, file), "столбец XFD");
        assertThat(client.get("coordinator", "/api/monitoring/competency-scores/summary?programmeYear=2025").status()).isEqualTo(200);
    }

    @Test
    void aReferenceBeyondXfdIsRefusedWithTheOneShape() throws Exception {
        byte[] file = workbook("<row r=\"1\">" + text("A1", "Код ОО") + "</row><row r=\"2\"><c r=\"ZZZZZZ2\"/></row>");
        PlatformClient.Response r = client.postFile("coordinator", "/api/registry/exchange/mentees", "file", "z.xlsx", XLSX, file);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("title").asString()).isEqualTo("Unprocessable Content");
        assertThat(r.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(r.json().get("errors").get(0).get("reason").asString()).contains("XFD");
        assertThat(client.get("coordinator", "/api/registry/schools").status()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheRoutesLimitIsTheGatewaysOwn413Problem() {
        // a personal link needs no token, so its limit is small
        PlatformClient.Response answer = client.post(null, "/api/monitoring/public/answers/not-a-real-token", "application/json",
                ("{\"answers\":\"" + "a".repeat(64 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).isEqualTo("Тело запроса слишком велико. Файл больше 64 КБ: разделите его на части.");
        assertThat(answer.json().get("instance").asString()).isEqualTo("/api/monitoring/public/answers/***");

        byte[] big = new byte[13 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        PlatformClient.Response upload = client.post("coordinator", "/api/registry/exchange/mentors", "text/csv", big);
        assertThat(upload.status()).isEqualTo(413);
        assertThat(upload.header("Content-Type")).startsWith("application/problem+json");
        assertThat(upload.json().get("detail").asString()).contains("Тело запроса слишком велико").contains("12 МБ");
        assertThat(client.get("coordinator", "/api/registry/schools").status()).isEqualTo(200);
    }

    @Test
    void aLastNameThatIsAFormulaIsExportedAsTextAndReadBackUnchanged() {
        String school = "mil-sosh-8";
        String admin = "admin-" + school;
        String csv = "Код ОО;Табельный номер/ключ;Фамилия;Имя;Отчество;Категория участника;Предмет;Стаж\r\n"
                + school + ";INJ-1;Ковалёва;Анна;Сергеевна;педагог;физика;10\r\n";
        PlatformClient.Response imported = client.postFile(admin, "/api/registry/exchange/mentors", "file", "m.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String id = null;
        for (JsonNode p : client.get(admin, "/api/registry/schools/" + school + "/participants").json()) {
            if ("INJ-1".equals(p.get("externalKey").asString())) {
                id = p.get("id").asString();
            }
        }
        assertThat(id).isNotNull();

        // the school administrator sets the last name to a formula
        String formula = "=HYPERLINK(\"http://x\",\"a\")";
        PlatformClient.Response changed = client.putJson(admin, "/api/registry/participants/" + id, """
                {"externalKey":"INJ-1","kind":"TEACHER","lastName":"=HYPERLINK(\\"http://x\\",\\"a\\")","firstName":"Анна",
                 "middleName":"Сергеевна","subjects":"физика","experienceYears":10}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("lastName").asString()).isEqualTo(formula);

        // the coordinator's CSV export writes it as text: a leading apostrophe, so Excel runs nothing
        PlatformClient.Response export = client.get("coordinator", "/api/registry/exchange/mentors?format=csv&school=" + school);
        assertThat(export.status()).isEqualTo(200);
        String line = export.body().lines().filter(l -> l.contains("INJ-1")).findFirst().orElseThrow();
        assertThat(line).contains(";\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\";").doesNotContain(";=").doesNotContain(";\"=");

        // and its import reads the cell back to the name it was
        PlatformClient.Response reimport = client.postFile("coordinator", "/api/registry/exchange/mentors", "file", "export.csv",
                "text/csv", export.raw().body());
        assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
        assertThat(reimport.json().get("created").asInt()).isZero();
        assertThat(client.get(admin, "/api/registry/participants/" + id).json().get("lastName").asString()).isEqualTo(formula);
    }

    private static void assertRefusedAtRow2(PlatformClient.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(2);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("reason").asString()).contains("за пределами столбцов заголовка");
    }

    private static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /** The smallest package POI opens, with our own sheet XML (POI itself would never write these cells). */
    private static byte[] workbook(String sheetData) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + sheetData + "</sheetData></worksheet>");
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
