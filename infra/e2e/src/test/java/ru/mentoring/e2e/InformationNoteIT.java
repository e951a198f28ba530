package ru.mentoring.e2e;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.mentoring.launcher.PlatformClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's note sections through the gateway on the demo district's year 2025: the registry's
 * forms, models and pairs in the seed's words, the note of one school beside the municipality's,
 * and the report to the head of the education department, read back from the DOCX and PDF. The
 * demo's teachers' pairs of 2025 are «педагог – педагог» («опытный педагог – молодой специалист»),
 * beside one «учитель – ученик» group of МБОУ СОШ №4; the pair of МБОУ СОШ №1 has both its members there.
 */
class InformationNoteIT {

    static PlatformClient client;

    @BeforeAll
    static void platform() {
        client = E2EPlatform.client();
    }

    private static String docx(String user, String path) throws Exception {
        PlatformClient.Response r = client.get(user, path);
        assertThat(r.status()).as(path).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.raw().body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    @Test
    void theDistrictsNoteNamesTheFormsAndModelsThatRanAndTheProgrammesResultByStage() throws Exception {
        String text = docx("coordinator", "/api/monitoring/reports/note?programmeYear=2025");
        assertThat(text).contains("Формы и модели наставничества")
                .contains("По данным реестра в период с 01.09.2025 по 31.08.2026 работали пар «наставник – наставляемый»:")
                .contains("В отношении педагогических работников Целевая модель наставничества реализовалась форма наставничества:")
                .contains("1) «педагог – педагог».")
                .contains("1) «опытный педагог – молодой специалист».")
                .contains("Формы работы в ходе сопровождения")
                .contains("Результат реализации программы наставничества")
                .doesNotContain("TEACHER_TEACHER").doesNotContain("mil-");
    }

    /**
     * The demo's seven pupils of МБОУ СОШ №4 (marks 3,27 → 3,60, six of seven up: p = 0,031; registers
     * 3 → 0, p = 0,25) as the learners' targets of seed 003, and the 2024 recommendations: one on the
     * school's 2024 after-round, decided and done, set against its 2025 round; one without a round and
     * without a decision.
     */
    @Test
    void theDistrictsNoteOf2025HasTheLearnersTargetsAndWhatCameOfThe2024Recommendations() throws Exception {
        String text = docx("coordinator", "/api/monitoring/reports/note?programmeYear=2025&format=docx");
        assertThat(text).contains("Результаты по формам наставничества").contains("Форма «педагог – педагог»")
                .contains("Собеседование (пар: ")
                .contains("Образовательные результаты наставляемых обучающихся")
                .contains("Повышение успеваемости в школе").contains("+0,33 балла").contains("значимый рост")
                .contains("Снижение числа обучающихся состоящих на различных видах учета").contains("−3 чел.")
                .contains("значимое снижение")
                .contains("Исполнение рекомендаций по итогам мониторинга 2024 года")
                .contains("Организовать открытые уроки наставников и разбор уроков молодых педагогов")
                .contains("исполнено 20.05.2025")
                .contains("средняя оценка удовлетворенности совместной работой (1–10)")
                .contains("(2024, ответили ").contains("(2025, ответили ")
                .contains("МБОУ Курская ООШ").contains("рекомендация дана без опроса").contains("решение не принято")
                .doesNotContain("mil-");
    }

    /** Seed 003's recognition and seed 004's teams, from the registry: names for the coordinator, none for the department. */
    @Test
    void theDistrictsNoteListsTheAwardedMentorsAndTheLowResultSchoolsTeams() throws Exception {
        String text = docx("coordinator", "/api/monitoring/reports/note?programmeYear=2025&format=docx");
        assertThat(text).contains("Поощрение наставников").contains("«Наставник года»").contains("МБОУ гимназия №1")
                .contains("Приказ Управления образования № 215 от 26.05.2026")
                .contains("Управленческие команды и кадровый резерв ШНОР");
        String department = docx("department", "/api/monitoring/reports/note?programmeYear=2025&format=docx");
        assertThat(department).contains("Поощрение наставников").contains("«Наставник года»");
        // the awarded mentor of the demo is the gymnasium's most experienced teacher: named for the coordinator only
        String awarded = text.substring(text.indexOf("Поощрение наставников"));
        awarded = awarded.substring(0, Math.min(awarded.length(), 600));
        String surname = awarded.replaceAll("(?s).*«Наставник года»\\s*([А-ЯЁ][а-яё]+)\\s.*", "$1");
        assertThat(surname).as("the awarded mentor's surname in the coordinator's note").matches("[А-ЯЁ][а-яё]+");
        String departmentAwards = department.substring(department.indexOf("Поощрение наставников"),
                department.indexOf("Управленческие команды и кадровый резерв ШНОР"));
        assertThat(departmentAwards).contains("МБОУ гимназия №1").doesNotContain(surname);
    }

    @Test
    void aSchoolsNoteHasItsOwnPairAndAnotherSchoolsAdministratorGetsNotFound() throws Exception {
        String path = "/api/monitoring/reports/note?programmeYear=2025&schoolCode=mil-sosh-1&format=docx";
        String text = docx("coordinator", path);
        assertThat(text).contains("МБОУ СОШ №1")
                .contains("работали пар «наставник – наставляемый»: 1.")
                .contains("1) «педагог – педагог».")
                .doesNotContain("mil-sosh-1");
        assertThat(docx("admin-mil-sosh-1", "/api/monitoring/reports/note?programmeYear=2025"))
                .contains("работали пар «наставник – наставляемый»: 1.");
        assertThat(client.get("admin-mil-sosh-2", path).status()).isEqualTo(404);
    }

    @Test
    void theReportToTheHeadOfTheDepartmentHasTheKeyFiguresTargetsAndDecisions() throws Exception {
        String text = docx("coordinator", "/api/monitoring/reports/head-report?programmeYear=2025");
        assertThat(text).contains("Отчёт начальнику управления образования о ходе реализации программы наставничества")
                .contains("реализованы формы наставничества: «педагог – педагог»")
                .contains("Целевые показатели: план и факт")
                .contains("Рекомендации по итогам мониторинга и решения школ")
                .contains("Предложения")
                .doesNotContain("mil-");
        PlatformClient.Response pdf = client.get("department", "/api/monitoring/reports/head-report?programmeYear=2025&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.raw().body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Отчёт начальнику управления образования")
                    .contains("Целевые показатели: план и факт");
        }
        assertThat(client.get("admin-mil-sosh-1", "/api/monitoring/reports/head-report?programmeYear=2025").status())
                .isEqualTo(403);
    }
}
