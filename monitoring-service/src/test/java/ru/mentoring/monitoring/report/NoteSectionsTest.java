package ru.mentoring.monitoring.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.learners.LearnerViews;
import ru.mentoring.monitoring.plan.EventStatus;
import ru.mentoring.monitoring.plan.PlanViews.EventView;
import ru.mentoring.monitoring.plan.PlanViews.Plan;
import ru.mentoring.monitoring.plan.PlanViews.PlanSummary;
import ru.mentoring.monitoring.recommendation.RecommendationsOfYear;
import ru.mentoring.monitoring.registry.RegistryYear;
import ru.mentoring.monitoring.registry.RegistryYear.ModelLine;
import ru.mentoring.monitoring.registry.RegistryYear.PeopleLine;
import ru.mentoring.monitoring.registry.RegistryYear.SupportLine;
import ru.mentoring.monitoring.registry.RegistryYear.YearCounts;
import ru.mentoring.platform.privacy.SmallCells;

import static org.assertj.core.api.Assertions.assertThat;

/** The note's new sections as plain functions, on hand-computed cases. */
class NoteSectionsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 8, 31);
    private static final SmallCells RULE = new SmallCells(5);

    private static YearCounts year() {
        return new YearCounts(7,
                List.of(new ModelLine("TEACHER_TEACHER", "педагог – педагог", "EXPERIENCED_TEACHER_YOUNG_SPECIALIST",
                                "опытный педагог – молодой специалист", 6),
                        new ModelLine("STUDENT_STUDENT", "ученик – ученик", "PEER_TO_PEER", "равный – равному", 1)),
                List.of(new PeopleLine("STUDENT_STUDENT", "MENTEE", "STUDENT", "обучающийся", 1),
                        new PeopleLine(null, "MENTEE", "TEACHER", "педагог", 6),
                        new PeopleLine(null, "MENTEE", "STUDENT", "обучающийся", 1),
                        new PeopleLine(null, "MENTOR", "TEACHER", "педагог", 6),
                        new PeopleLine(null, "MENTOR", "STUDENT", "обучающийся", 1)));
    }

    private static List<SupportLine> support() {
        return List.of(new SupportLine("Собеседование", 5, 7, 3), new SupportLine("Открытый урок", 4, 4, 4));
    }

    @Test
    void aPupilsCountReadsAsTheSeedWritesIt() {
        assertThat(InformationNote.pupilsText(4)).isEqualTo("участвовали в программе 4 обучающихся");
        assertThat(InformationNote.pupilsText(1)).isEqualTo("участвовал в программе 1 обучающийся");
        assertThat(InformationNote.pupilsText(11)).isEqualTo("участвовали в программе 11 обучающихся");
        assertThat(InformationNote.pupilsText(21)).isEqualTo("участвовал в программе 21 обучающийся");
    }

    @Test
    void aReaderWithExactFiguresSeesEveryCountOfTheRegistrysYear() {
        RegistryYearSection r = RegistryYearSection.of(FROM, TO, Available.of(year()), Available.of(support()),
                new SmallCells.Reader(RULE, false));
        assertThat(r.pairs()).isEqualTo(7);
        assertThat(r.models()).extracting(RegistryYearSection.ModelRow::pairs).containsExactly(6L, 1L);
        assertThat(r.forms(true)).extracting(RegistryYearSection.ModelRow::formLabel).containsExactly("педагог – педагог");
        assertThat(r.forms(false)).extracting(RegistryYearSection.ModelRow::formLabel).containsExactly("ученик – ученик");
        assertThat(r.menteesOverall("STUDENT").people()).isEqualTo(1);
        assertThat(r.support()).extracting(RegistryYearSection.SupportRow::title).containsExactly("Собеседование", "Открытый урок");
        assertThat(r.supportLeftOut()).isZero();
    }

    @Test
    void theDepartmentSeesNoCountOfOneToFourNorItsComplementNorATitleOfFewerThanFivePairs() {
        RegistryYearSection r = RegistryYearSection.of(FROM, TO, Available.of(year()), Available.of(support()),
                new SmallCells.Reader(RULE, true));
        // pairs [6, 1]: the 1 and its complement; the total 7 stays
        assertThat(r.pairs()).isEqualTo(7);
        assertThat(r.models()).extracting(RegistryYearSection.ModelRow::pairs).containsExactly(null, null);
        // mentees over every form [6 teachers, 1 pupil]: both; the form's own line [1]: the 1
        assertThat(r.people()).extracting(RegistryYearSection.PeopleRow::people).containsExactly(null, null, null, null, null);
        assertThat(r.support()).extracting(RegistryYearSection.SupportRow::title).containsExactly("Собеседование");
        assertThat(r.supportLeftOut()).isEqualTo(1);
    }

    @Test
    void anUnansweredRegistryIsSaidWithItsReasonNotShownAsZero() {
        RegistryYearSection r = RegistryYearSection.of(FROM, TO, Available.unavailable("Реестр не ответил"),
                Available.of(support()), new SmallCells.Reader(RULE, false));
        assertThat(r.unavailable()).isEqualTo("Реестр не ответил");
        assertThat(r.pairs()).isNull();
        assertThat(r.supportUnavailable()).isNull();
        assertThat(InformationNote.period(r)).isEqualTo("с 01.09.2025 по 31.08.2026");
    }

    private static EventView event(String stage, String title, String event, EventStatus status, String label, boolean overdue,
            String expected, String evidence) {
        return new EventView(UUID.randomUUID(), 0, stage, title, event, null, "сентябрь", 9, null, "Координатор", expected,
                status, label, overdue, evidence, null, null, null, null, null, null);
    }

    @Test
    void theProgrammeResultIsOneRowPerStageWithItsNumberedEventsAndEachOnesResultOrStatus() {
        Plan plan = new Plan(new PlanSummary(UUID.randomUUID(), 2025, "rp", null, "coordinator", null, 3,
                Map.of(EventStatus.DONE, 2L), 1), List.of(
                event("1", "Подготовка условий", "Приказ о наставничестве", EventStatus.DONE, "выполнено", false, "Приказ", "Приказ № 5"),
                event("1", "Подготовка условий", "Положение о наставничестве", EventStatus.PLANNED, "запланировано", true,
                        "Положение", null),
                event("2.1", "Формирование базы наставляемых", "Сбор запросов", EventStatus.DONE, "выполнено", false,
                        "Сформированная база наставляемых", null)));
        assertThat(InformationNote.programmeResultRows(plan)).containsExactly(
                List.of("Подготовка условий", "1. Приказ о наставничестве\n2. Положение о наставничестве",
                        "1. Приказ № 5\n2. запланировано, просрочено"),
                List.of("Формирование базы наставляемых", "1. Сбор запросов", "1. Сформированная база наставляемых"));
    }

    @Test
    void aDecisionIsDoneInWorkOverdueOrNotTaken() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(HeadReport.state(new RecommendationsOfYear.Line("a", "т", "р", LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 20), null),
                today)).isEqualTo("исполнено 20.01.2026");
        assertThat(HeadReport.state(new RecommendationsOfYear.Line("a", "т", "р", LocalDate.of(2026, 1, 31), null, null), today))
                .isEqualTo("просрочено");
        assertThat(HeadReport.state(new RecommendationsOfYear.Line("a", "т", "р", LocalDate.of(2026, 5, 31), null, null), today))
                .isEqualTo("в работе");
        assertThat(HeadReport.state(new RecommendationsOfYear.Line("a", "т", null, null, null, null), today)).isEqualTo("—");
    }

    @Test
    void theLearnersSectionTablesMarksAbsencesRegistersAndClubsOrSaysWhyNot() {
        LearnerViews.Results results = new LearnerViews.Results(2025, "m", null, 6L, 6L, 6L,
                List.of(new LearnerViews.Measure("AVERAGE_MARK", "Средний балл", 3.5, 4.0, 0.5, 5, 1, 0, 0.0625,
                        null, false)),
                List.of(new LearnerViews.Status("ON_REGISTER", "Состоит на учёте", 4, 1, 0, 3, 0.25, false)),
                0.05, "Метод.", false);
        NoteDocument.Builder doc = new NoteDocument.Builder("т");
        InformationNote.learners(doc, results, 2025, "‹5");
        NoteDocument.Table table = doc.build().blocks().stream().filter(NoteDocument.Table.class::isInstance)
                .map(NoteDocument.Table.class::cast).findFirst().orElseThrow();
        assertThat(table.caption()).endsWith(": 6");
        assertThat(table.rows()).containsExactly(
                List.of("Средний балл", "3,50", "4,00", "+0,50", "0,063", "нет"),
                List.of("Состоит на учёте", "4", "1", "+0 / −3", "0,250", "нет"));

        NoteDocument.Builder hidden = new NoteDocument.Builder("т");
        InformationNote.learners(hidden, new LearnerViews.Results(2025, "m", null, null, null, null, List.of(), List.of(),
                0.05, "Метод.", true), 2025, "‹5");
        assertThat(hidden.build().blocks()).noneMatch(NoteDocument.Table.class::isInstance)
                .anyMatch(b -> b instanceof NoteDocument.Paragraph p && p.text().contains("‹5 – показатели не приводятся"));

        NoteDocument.Builder none = new NoteDocument.Builder("т");
        InformationNote.learners(none, null, 2025, "‹5");
        assertThat(none.build().blocks()).anyMatch(b -> b instanceof NoteDocument.Paragraph p
                && p.text().equals("Показатели наставляемых обучающихся до и после программы за 2025 год не загружены."));
    }

    @Test
    void theAwardedAreNamedOnlyForAReaderWhoSeesNames() {
        List<RegistryYear.Award> awards = List.of(new RegistryYear.Award("mil-gymnasium-1", "МБОУ гимназия №1", "«Наставник года»",
                "Иванова Анна Петровна", "Приказ № 215 от 26.05.2026"));
        NoteDocument.Builder named = new NoteDocument.Builder("т");
        InformationNote.recognition(named, new RecognitionAndTeams(null, awards, true, null, List.of()), 2025);
        assertThat(table(named).rows()).containsExactly(
                List.of("МБОУ гимназия №1", "«Наставник года»", "Иванова Анна Петровна", "Приказ № 215 от 26.05.2026"));

        NoteDocument.Builder department = new NoteDocument.Builder("т");
        InformationNote.recognition(department, new RecognitionAndTeams(null, awards, false, null, List.of()), 2025);
        assertThat(table(department).rows()).containsExactly(List.of("МБОУ гимназия №1", "«Наставник года»", "Приказ № 215 от 26.05.2026"));
        assertThat(department.build().blocks().toString()).doesNotContain("Иванова");

        NoteDocument.Builder none = new NoteDocument.Builder("т");
        InformationNote.recognition(none, new RecognitionAndTeams(null, List.of(), true, null, List.of()), 2025);
        assertThat(none.build().blocks()).anyMatch(b -> b instanceof NoteDocument.Paragraph p
                && p.text().equals("Решений о поощрении наставников за 2025 год нет."));
    }

    @Test
    void theLowResultSchoolsTeamsAreCountedSchoolBySchool() {
        List<RegistryYear.ManagementLine> schools = List.of(new RegistryYear.ManagementLine("mil-sosh-4", "МБОУ СОШ №4", 2, 1),
                new RegistryYear.ManagementLine("mil-sosh-2", "МБОУ СОШ №2", 0, 0),
                new RegistryYear.ManagementLine("mil-kurskaya", "МБОУ Курская ООШ", 3, 0));
        NoteDocument.Builder doc = new NoteDocument.Builder("т");
        InformationNote.teams(doc, new RecognitionAndTeams(null, List.of(), true, null, schools), 2025);
        assertThat(doc.build().blocks()).anyMatch(b -> b instanceof NoteDocument.Paragraph p
                && p.text().equals("Управленческие команды сформированы в 2 из 3 ШНОР, кадровый управленческий резерв — в 1 из 3."));
        assertThat(table(doc).rows()).containsExactly(List.of("МБОУ СОШ №4", "сформирована", "есть"),
                List.of("МБОУ СОШ №2", "не сформирована", "нет"), List.of("МБОУ Курская ООШ", "сформирована", "нет"));

        NoteDocument.Builder unavailable = new NoteDocument.Builder("т");
        InformationNote.teams(unavailable, new RecognitionAndTeams(null, List.of(), true, "нет классификации школ за 2025 год: ШНОР не определены",
                List.of()), 2025);
        assertThat(unavailable.build().blocks()).anyMatch(b -> b instanceof NoteDocument.Paragraph p
                && p.text().equals("Сведения недоступны: нет классификации школ за 2025 год: ШНОР не определены."));
    }

    private static NoteDocument.Table table(NoteDocument.Builder doc) {
        return doc.build().blocks().stream().filter(NoteDocument.Table.class::isInstance).map(NoteDocument.Table.class::cast)
                .findFirst().orElseThrow();
    }
}
