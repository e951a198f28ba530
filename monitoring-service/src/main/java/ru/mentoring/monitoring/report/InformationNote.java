package ru.mentoring.monitoring.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.mentoring.monitoring.assessment.AssessmentViews.Breakdown;
import ru.mentoring.monitoring.assessment.AssessmentViews.Characteristic;
import ru.mentoring.monitoring.assessment.AssessmentViews.RoleTable;
import ru.mentoring.monitoring.dynamics.DynamicsViews.ItemDynamics;
import ru.mentoring.monitoring.dynamics.DynamicsViews.RoleDynamics;
import ru.mentoring.monitoring.learners.LearnerViews;
import ru.mentoring.monitoring.plan.EventStatus;
import ru.mentoring.monitoring.plan.PlanViews.EventView;
import ru.mentoring.monitoring.plan.PlanViews.Plan;
import ru.mentoring.monitoring.recommendation.RecommendationsOfYear;
import ru.mentoring.monitoring.registry.RegistryYear;
import ru.mentoring.monitoring.stage1.SimilarEntries;
import ru.mentoring.monitoring.stage1.Stage1Views.AnswerView;
import ru.mentoring.monitoring.stage1.Stage1Views.DistrictStage1;
import ru.mentoring.monitoring.stage1.Stage1Views.IndicatorSummary;
import ru.mentoring.monitoring.stage1.Stage1Views.Quadrant;
import ru.mentoring.monitoring.stage1.Stage1Views.QuadrantGroups;
import ru.mentoring.monitoring.stage1.Stage1Views.SchoolStage1;
import ru.mentoring.monitoring.stats.Percent;
import ru.mentoring.monitoring.targets.BasisText;
import ru.mentoring.monitoring.targets.TargetViews.Target;

/**
 * The information note on the results of monitoring (информационная справка по итогам
 * мониторинга), shaped like seed 002: goals and tasks of the monitoring, stage 1 (curator's
 * questionnaire, SWOT), stage 2 (personal assessment, dynamics), the programme targets, the plan of
 * events, and a conclusion drawn from the figures. Plain Java: data in, document model out.
 */
final class InformationNote {

    static final String TITLE = "Информационная справка по итогам мониторинга реализации программы наставничества";
    /** The ШНОР share the district aims below, as on the dashboard (seed 004). */
    static final double LOW_RESULTS_SHARE_TARGET = 40;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private InformationNote() {
    }

    static NoteDocument of(NoteData d) {
        NoteDocument.Builder doc = new NoteDocument.Builder(TITLE)
                .subtitle(d.forSchool() ? d.whose() + ", " + d.municipality() : d.whose())
                .subtitle("Программный год " + d.programmeYear() + " (" + d.programmeYear() + "/" + (d.programmeYear() + 1)
                        + " учебный год); справка сформирована " + DATE.format(d.date()));

        doc.bold("Цели мониторинга:");
        doc.bullets(List.of("оценка качества реализуемой программы наставничества;",
                "оценка эффективности и полезности Программы наставничества как инструмента повышения социального и "
                        + "профессионального благополучия внутри образовательной организации и сотрудничающих с ней "
                        + "организаций или индивидов."));
        doc.bold("Задачи мониторинга:");
        doc.bullets(List.of("сбор и анализ обратной связи от участников (метод анкетирования);",
                "обоснование требований к процессу реализации программы наставничества, к личности наставника;",
                "контроль хода программы наставничества;",
                "описание особенностей взаимодействия наставника и наставляемого;",
                "определение условий эффективной Программы наставничества;",
                "контроль показателей социального и профессионального благополучия."));

        stage1(doc, d);
        stage2(doc, d);
        byForm(doc, d);
        learners(doc, d.learners(), d.programmeYear(), d.hiddenAs());
        support(doc, d);
        programmeResult(doc, d);
        formsAndModels(doc, d);
        targets(doc, d);
        plan(doc, d);
        followUp(doc, d);
        recognition(doc, d.recognitionAndTeams(), d.programmeYear());
        if (!d.forSchool()) {
            teams(doc, d.recognitionAndTeams(), d.programmeYear());
        }
        conclusion(doc, d);
        return doc.build();
    }

    private static void stage1(NoteDocument.Builder doc, NoteData d) {
        doc.heading("Этап 1. Мониторинг и оценка качества процесса реализации программы наставничества");
        doc.paragraph("Первый этап мониторинга направлен на изучение (оценку) качества реализуемой Программы наставничества, "
                + "ее сильных и слабых сторон, качества совместной работы пар или групп «наставник – наставляемый».");
        if (d.forSchool()) {
            SchoolStage1 s = d.schoolStage1().orElse(null);
            if (s == null || !s.filled()) {
                doc.paragraph("Анкета куратора и SWOT-анализ за " + d.programmeYear() + " год не заполнены.");
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (AnswerView a : s.answers()) {
                rows.add(List.of(a.text(), answer(a)));
            }
            if (!rows.isEmpty()) {
                doc.table("Показатели анкеты куратора", List.of("Показатель", "Ответ"), rows, 3, 1);
            }
            List<List<String>> swot = new ArrayList<>();
            for (Quadrant q : Quadrant.values()) {
                List<String> entries = s.swot().of(q);
                swot.add(List.of(q.title(), entries.isEmpty() ? "—" : "• " + String.join("\n• ", entries)));
            }
            doc.table("Таблица 1. SWOT-анализ реализуемой программы наставничества", List.of("Раздел", "Содержание"), swot, 1, 3);
            return;
        }
        DistrictStage1 district = d.districtStage1().orElseThrow();
        if (district.schoolsReported().isEmpty()) {
            doc.paragraph("Анкеты кураторов и SWOT-анализ школ за " + d.programmeYear() + " год не представлены.");
            return;
        }
        doc.paragraph("Анкеты кураторов и SWOT-анализ представили школ: " + district.schoolsReported().size() + " ("
                + String.join(", ", district.schoolsReported().stream().map(d::school).toList()) + ").");
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorSummary i : district.indicators()) {
            if (i.answered() == 0 || "FREE_TEXT".equals(i.type())) {
                continue;
            }
            String value = "YES_NO".equals(i.type()) ? i.yes() + " из " + i.answered() + " (" + Percent.text(i.yesPercent()) + ")"
                    : "среднее " + Percent.number(i.mean(), 1) + " (ответили " + i.answered() + ")";
            rows.add(List.of(i.text(), value));
        }
        if (!rows.isEmpty()) {
            doc.table("Показатели анкет кураторов", List.of("Показатель", "Школ"), rows, 3, 1.3f);
        }
        List<List<String>> swot = new ArrayList<>();
        for (QuadrantGroups q : district.swot()) {
            for (SimilarEntries.Group g : q.groups()) {
                swot.add(List.of(q.title(), g.text(), String.valueOf(g.count()),
                        String.join(", ", g.schools().stream().map(d::school).toList())));
            }
        }
        if (!swot.isEmpty()) {
            doc.table("Таблица 1. SWOT-анализ программ наставничества школ (сходные пункты объединены)",
                    List.of("Раздел", "Пункт", "Школ", "Школы"), swot, 1.2f, 3, 0.6f, 1.5f);
        }
    }

    private static void stage2(NoteDocument.Builder doc, NoteData d) {
        doc.heading("Этап 2. Мониторинг и оценка влияния программ на всех участников");
        doc.paragraph("Процесс мониторинга влияния программ на всех участников включает два подэтапа, первый из которых "
                + "осуществляется до входа в Программу наставничества, а второй – по итогам прохождения Программы.");
        for (RoleTable t : d.assessment().tables()) {
            doc.subheading(t.title());
            doc.paragraph((t.suppressed() ? "Всего участников – " + d.hiddenAs() + ": показатели не приводятся, чтобы не "
                    + "раскрывать ответы отдельных людей." : "Всего участников – " + t.respondents()
                    + ". Из них: довольны совместной работой – "
                    + t.satisfiedWithJointWork() + " (" + Percent.text(t.satisfiedWithJointWorkPercent())
                    + "), довольны результатом – " + t.satisfiedWithResult() + " (" + Percent.text(t.satisfiedWithResultPercent())
                    + ").") + " Довольным считается участник, оценивший совместную работу (оправдание ожиданий) не ниже чем на "
                    + d.assessment().satisfiedFrom() + " баллов из 10.");
            List<List<String>> rows = new ArrayList<>();
            for (Characteristic c : t.characteristics()) {
                rows.add(c.suppressed() ? List.of(c.characteristic(), d.hiddenAs(), d.hiddenAs())
                        : List.of(c.characteristic(), String.valueOf(c.marked()), Percent.text(c.percent())));
            }
            doc.table(null, List.of("Характеристика", "Количество участников, отметивших ее для себя", "Доля"), rows, 4, 1.4f, 0.8f);
        }
        doc.subheading("Динамика показателей до и после программы");
        for (RoleDynamics t : d.dynamics().tables()) {
            if (t.suppressed()) {
                doc.paragraph(t.title() + ": участников, ответивших на анкеты до и после программы, " + d.hiddenAs()
                        + " – показатели не приводятся.");
                continue;
            }
            if (t.people() == 0) {
                doc.paragraph(t.title() + ": нет участников, ответивших на анкеты до и после программы.");
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (ItemDynamics i : t.items()) {
                if (i.suppressed()) {
                    rows.add(List.of(i.text(), d.hiddenAs(), d.hiddenAs(), d.hiddenAs(), d.hiddenAs(), d.hiddenAs(),
                            d.hiddenAs(), "—"));
                    continue;
                }
                rows.add(List.of(i.text(), String.valueOf(i.pairs()), Percent.number(i.meanBefore(), 2),
                        Percent.number(i.meanAfter(), 2), signed(i.change()), Percent.text(i.improvedPercent()), p(i.pValue()),
                        i.significant() == null ? "—" : i.significant() ? "да" : "нет"));
            }
            doc.table(t.title() + " (участников: " + t.people() + ")",
                    List.of("Показатель", "Пар", "До", "После", "Изменение", "Улучшили", "p", "Значимо"), rows,
                    2.6f, 0.5f, 0.65f, 0.75f, 1.05f, 1f, 0.65f, 0.95f);
        }
        doc.paragraph(d.dynamics().method() + " Прочерк в графе «Значимо»: ни у одного участника оценка не изменилась.");
        List<NoteCharts.BeforeAfter> pairs = new ArrayList<>();
        for (RoleDynamics t : d.dynamics().tables()) {
            if (t.suppressed() || t.people() == 0) {
                continue;
            }
            String who = t.title().contains("наставляемых") ? "Наставляемые" : "Наставники";
            for (ItemDynamics i : t.items()) {
                if (!i.suppressed() && i.meanBefore() != null && i.meanAfter() != null) {
                    pairs.add(new NoteCharts.BeforeAfter(who + ": " + i.text(), i.meanBefore(), i.meanAfter(),
                            Boolean.TRUE.equals(i.significant())));
                }
            }
        }
        if (!pairs.isEmpty()) {
            doc.picture("Рисунок 1. Средние оценки до и после программы (шкала 1–10; ★ — статистически значимое изменение)",
                    NoteCharts.dynamics(pairs));
        }
    }

    /** Stage 2 per form of mentoring: who answered and how satisfied, and what moved (seed 002: «по формам»). */
    private static void byForm(NoteDocument.Builder doc, NoteData d) {
        List<List<String>> rows = new ArrayList<>();
        for (RoleTable t : d.assessment().tables()) {
            String who = t.title().endsWith("наставляемых") ? "наставляемые" : "наставники";
            for (Breakdown b : t.byForm()) {
                if (b.key() == null) {
                    continue; // rounds opened without a form: no finding for a form
                }
                rows.add(b.suppressed() ? List.of(b.label(), who, d.hiddenAs(), d.hiddenAs(), d.hiddenAs())
                        : List.of(b.label(), who, String.valueOf(b.respondents()), Percent.text(b.satisfiedWithJointWorkPercent()),
                                Percent.text(b.satisfiedWithResultPercent())));
            }
        }
        if (rows.isEmpty() && d.byForm().isEmpty()) {
            return;
        }
        doc.subheading("Результаты по формам наставничества");
        if (!rows.isEmpty()) {
            doc.table(null, List.of("Форма наставничества", "Участники", "Ответили", "Довольны совместной работой",
                    "Довольны результатом"), rows, 1.6f, 1.2f, 0.9f, 1.3f, 1.3f);
        }
        for (NoteData.FormFindings f : d.byForm()) {
            doc.paragraph("Форма «" + f.formLabel() + "»: " + formFinding(f, d.hiddenAs()));
        }
    }

    /**
     * Stage 2 for the mentored pupils (seeds 000, 003: «динамика образовательных результатов», the
     * register, the clubs): the same mentees before and after, with the test the dynamics use.
     */
    static void learners(NoteDocument.Builder doc, LearnerViews.Results r, int year, String hiddenAs) {
        doc.subheading("Образовательные результаты наставляемых обучающихся");
        if (r == null || (!r.suppressed() && (r.paired() == null || r.paired() == 0))) {
            doc.paragraph("Показатели наставляемых обучающихся до и после программы за " + year + " год не загружены.");
            return;
        }
        if (r.suppressed()) {
            doc.paragraph("Наставляемых обучающихся с показателями до и после программы: " + hiddenAs
                    + " – показатели не приводятся.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (LearnerViews.Measure m : r.measures()) {
            rows.add(List.of(m.label(), Percent.number(m.meanBefore(), 2), Percent.number(m.meanAfter(), 2), signed(m.change()),
                    p(m.pValue()), m.significant() == null ? "—" : m.significant() ? "да" : "нет"));
        }
        for (LearnerViews.Status st : r.statuses()) {
            rows.add(List.of(st.label(), String.valueOf(st.before()), String.valueOf(st.after()),
                    "+" + st.gained() + " / −" + st.lost(), p(st.pValue()),
                    st.significant() == null ? "—" : st.significant() ? "да" : "нет"));
        }
        doc.table("Наставляемые обучающиеся с показателями до и после программы: " + r.paired(),
                List.of("Показатель", "До", "После", "Изменение", "p", "Значимо"), rows, 2.6f, 0.8f, 0.8f, 1.1f, 0.7f, 0.9f);
        doc.paragraph(r.method() + " Для состояний «на учёте» и «посещает кружок» в графах «До» и «После» – число "
                + "обучающихся, в графе «Изменение» – сколько стало и сколько перестало.");
    }

    /** What moved in one form: the significant changes, or why there are none. */
    static String formFinding(NoteData.FormFindings f, String hiddenAs) {
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        long people = 0;
        boolean hidden = false;
        for (RoleDynamics t : f.dynamics().tables()) {
            if (t.suppressed()) {
                hidden = true;
                continue;
            }
            people += t.people() == null ? 0 : t.people();
            String who = t.title().contains("наставляемых") ? "наставляемые" : "наставники";
            for (ItemDynamics i : t.items()) {
                if (Boolean.TRUE.equals(i.significant()) && i.change() != null) {
                    (i.change() > 0 ? up : down).add(i.text() + " (" + who + ", " + signed(i.change()) + ")");
                }
            }
        }
        if (people == 0) {
            return hidden ? "участников, ответивших на анкеты до и после программы, " + hiddenAs + " – динамика не приводится."
                    : "нет участников, ответивших на анкеты до и после программы.";
        }
        StringBuilder text = new StringBuilder();
        if (up.isEmpty() && down.isEmpty()) {
            text.append("статистически значимых изменений показателей до и после программы не выявлено");
        }
        if (!up.isEmpty()) {
            text.append("значимая положительная динамика: ").append(String.join("; ", up));
        }
        if (!down.isEmpty()) {
            text.append(up.isEmpty() ? "" : "; ").append("значимое снижение: ").append(String.join("; ", down));
        }
        return text.append('.').toString();
    }

    /** The forms of work the pairs' programmes held (seed 002: «формы работы в ходе сопровождения»). */
    private static void support(NoteDocument.Builder doc, NoteData d) {
        RegistryYearSection r = d.registryYear();
        doc.subheading("Формы работы в ходе сопровождения");
        if (r.supportUnavailable() != null) {
            doc.paragraph("Сведения о программах пар недоступны: " + r.supportUnavailable() + ".");
            return;
        }
        if (r.support().isEmpty() && r.supportLeftOut() == 0) {
            doc.paragraph("В программах пар за период " + period(r) + " мероприятия не записаны.");
            return;
        }
        doc.paragraph("По программам пар «наставник – наставляемый» за период " + period(r)
                + " выявлены следующие формы работы в ходе сопровождения:");
        doc.bullets(r.support().stream().map(s -> s.title() + " (пар: " + s.pairs() + ", мероприятий: " + s.events()
                + ", проведено: " + s.done() + ")").toList());
        if (r.supportLeftOut() > 0) {
            doc.paragraph("Не приводятся формы работы, записанные менее чем у " + d.hiddenAs().replace("<", "")
                    + " пар: " + r.supportLeftOut() + ".");
        }
    }

    /** The table «Результат реализации программы наставничества» of seed 002: per stage, its events and what came of them. */
    private static void programmeResult(NoteDocument.Builder doc, NoteData d) {
        doc.heading("Результат реализации программы наставничества");
        Plan plan = d.plan().orElse(null);
        if (plan == null || plan.events().isEmpty()) {
            doc.paragraph("План мероприятий на " + d.programmeYear() + " год не создан: результат по этапам не приводится.");
            return;
        }
        doc.table(null, List.of("Этапы", "Мероприятия", "Результат"), programmeResultRows(plan), 1.2f, 2.6f, 2.6f);
    }

    /** One row per stage, in the plan's order: the numbered events, and each one's result or its status. */
    static List<List<String>> programmeResultRows(Plan plan) {
        Map<String, List<EventView>> byStage = new LinkedHashMap<>();
        for (EventView e : plan.events()) {
            byStage.computeIfAbsent(e.stageTitle() != null ? e.stageTitle() : e.stage(), k -> new ArrayList<>()).add(e);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<EventView>> stage : byStage.entrySet()) {
            List<String> events = new ArrayList<>();
            List<String> results = new ArrayList<>();
            int n = 1;
            for (EventView e : stage.getValue()) {
                events.add(n + ". " + e.event());
                String result = e.status() == EventStatus.DONE
                        ? (e.evidence() != null ? e.evidence() : e.expectedResult() != null ? e.expectedResult() : "выполнено")
                        : e.statusLabel() + (e.overdue() ? ", просрочено" : "");
                results.add(n + ". " + result);
                n++;
            }
            rows.add(List.of(stage.getKey(), String.join("\n", events), String.join("\n", results)));
        }
        return rows;
    }

    /** Which forms and interaction models ran and who took part, in the words of seed 002. */
    private static void formsAndModels(NoteDocument.Builder doc, NoteData d) {
        RegistryYearSection r = d.registryYear();
        doc.heading("Формы и модели наставничества");
        if (r.unavailable() != null) {
            doc.paragraph("Сведения реестра о парах недоступны: " + r.unavailable() + ".");
            return;
        }
        doc.paragraph("По данным реестра в период " + period(r) + " работали пар «наставник – наставляемый»: "
                + count(r.pairs(), d.hiddenAs()) + ".");
        if (r.models().isEmpty()) {
            return;
        }
        formsOf(doc, r, true, "В отношении педагогических работников Целевая модель наставничества реализовалась");
        formsOf(doc, r, false, "В отношении обучающихся Целевая модель наставничества реализовалась");
        RegistryYearSection.PeopleRow pupils = r.menteesOverall("STUDENT");
        if (pupils != null) {
            doc.paragraph(pupils.people() == null ? "В прошедшем учебном году участвовали в программе обучающиеся: " + d.hiddenAs() + "."
                    : "В прошедшем учебном году " + pupilsText(pupils.people()) + ".");
        }
        List<List<String>> models = new ArrayList<>();
        for (RegistryYearSection.ModelRow m : r.models()) {
            models.add(List.of("«" + m.formLabel() + "»", "«" + m.modelLabel() + "»", count(m.pairs(), d.hiddenAs())));
        }
        doc.table("Пары по формам и моделям взаимодействия", List.of("Форма наставничества", "Модель взаимодействия", "Пар"),
                models, 1.6f, 3f, 0.7f);
        List<List<String>> people = new ArrayList<>();
        for (RegistryYearSection.PeopleRow p : r.people()) {
            people.add(List.of(p.form() == null ? "все формы" : "«" + p.formLabel() + "»",
                    "MENTOR".equals(p.role()) ? "наставники" : "наставляемые", p.kindLabel(), count(p.people(), d.hiddenAs())));
        }
        doc.table("Участники по формам наставничества и категориям", List.of("Форма наставничества", "Роль", "Категория", "Человек"),
                people, 1.8f, 1.2f, 2f, 0.8f);
    }

    private static void formsOf(NoteDocument.Builder doc, RegistryYearSection r, boolean teachers, String lead) {
        List<RegistryYearSection.ModelRow> forms = r.forms(teachers);
        if (forms.isEmpty()) {
            return;
        }
        doc.paragraph(lead + (forms.size() == 1 ? " форма наставничества:" : " формы наставничества:"));
        numbered(forms.stream().map(f -> "«" + f.formLabel() + "»").toList()).forEach(doc::paragraph);
        List<RegistryYearSection.ModelRow> models = r.models(teachers);
        doc.paragraph(models.size() == 1 ? "И следующая модель взаимодействия:" : "И следующие модели взаимодействия:");
        numbered(models.stream().map(m -> "«" + m.modelLabel() + "»").toList()).forEach(doc::paragraph);
    }

    private static List<String> numbered(List<String> items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add((i + 1) + ") " + items.get(i) + (i == items.size() - 1 ? "." : ";"));
        }
        return out;
    }

    /** «участвовали в программе 4 обучающихся», «участвовал в программе 1 обучающийся». */
    static String pupilsText(long n) {
        boolean one = n % 10 == 1 && n % 100 != 11;
        return (one ? "участвовал" : "участвовали") + " в программе " + n + (one ? " обучающийся" : " обучающихся");
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    static String period(RegistryYearSection r) {
        return "с " + DATE.format(r.from()) + " по " + DATE.format(r.to());
    }

    private static String count(Long n, String hiddenAs) {
        return n == null ? hiddenAs : String.valueOf(n);
    }

    private static void targets(NoteDocument.Builder doc, NoteData d) {
        doc.heading("Целевые показатели программы");
        List<List<String>> rows = new ArrayList<>();
        for (Target t : d.targets().targets()) {
            rows.add(List.of(t.title(), t.suppressed() ? d.hiddenAs() : BasisText.value(t), BasisText.goal(t), BasisText.met(t),
                    d.naming(BasisText.of(t))));
        }
        doc.table(null, List.of("Показатель", "Значение", "Цель", "Выполнение", "Основание"), rows, 2.3f, 1f, 1f, 1.35f, 2.8f);
        List<NoteCharts.TargetValue> values = d.targets().targets().stream()
                // the chart is of percentages: the learners' targets (a change in marks or people) are in the table only
                .filter(t -> !t.suppressed() && t.value() != null && t.direction() == null)
                .map(t -> new NoteCharts.TargetValue(t.title(), t.value(), t.target())).toList();
        if (!values.isEmpty()) {
            doc.picture("Рисунок 2. Целевые показатели программы: значения и цели, %", NoteCharts.targets(values));
        }
        if (!d.lowResults().isEmpty()) {
            doc.picture("Рисунок 3. Доля школ с низкими образовательными результатами (ШНОР) по годам, " + d.municipality()
                    + "; пунктир — целевой уровень 40 %", NoteCharts.share(d.lowResults().stream()
                    .map(y -> new NoteCharts.Share(y.year(), y.sharePercent())).toList(), LOW_RESULTS_SHARE_TARGET));
        }
    }

    private static void plan(NoteDocument.Builder doc, NoteData d) {
        doc.heading("План мероприятий (дорожная карта)");
        Plan plan = d.plan().orElse(null);
        if (plan == null) {
            doc.paragraph(d.forSchool() ? "Собственный план мероприятий школы на " + d.programmeYear() + " год в системе не ведется."
                    : "План мероприятий муниципалитета на " + d.programmeYear() + " год не создан.");
            return;
        }
        var s = plan.plan();
        doc.paragraph("Мероприятий в плане: " + s.events() + ". Выполнено: " + s.byStatus().get(EventStatus.DONE)
                + ", выполняется: " + s.byStatus().get(EventStatus.IN_PROGRESS) + ", отменено: "
                + s.byStatus().get(EventStatus.CANCELLED) + ", просрочено: " + s.overdue() + ".");
        List<List<String>> done = new ArrayList<>();
        for (EventView e : plan.done()) {
            done.add(List.of(e.event(), e.monthText(), evidence(e)));
        }
        if (!done.isEmpty()) {
            doc.table("Выполненные мероприятия", List.of("Мероприятие", "Сроки", "Подтверждение"), done, 3, 1.2f, 2.5f);
        }
        List<List<String>> overdue = new ArrayList<>();
        for (EventView e : plan.overdue()) {
            overdue.add(List.of(e.event(), e.monthText(), e.responsible(), e.statusLabel()));
        }
        if (!overdue.isEmpty()) {
            doc.table("Просроченные мероприятия", List.of("Мероприятие", "Сроки", "Ответственный", "Статус"), overdue, 2.8f, 1.2f, 1.5f, 1.3f);
        }
    }

    /** Seed 001 9.5, «анализ эффективности принятых мер»: the year before's recommendations and what came of them. */
    static void followUp(NoteDocument.Builder doc, NoteData d) {
        int previous = d.programmeYear() - 1;
        doc.heading("Исполнение рекомендаций по итогам мониторинга " + previous + " года");
        if (d.followUp().isEmpty()) {
            doc.paragraph("Рекомендации по итогам мониторинга " + previous + " года не записаны.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FollowUp f : d.followUp()) {
            RecommendationsOfYear.Line l = f.line();
            rows.add(List.of(d.school(l.schoolCode()), l.text(), l.decision() == null ? "—" : l.decision(),
                    l.dueDate() == null ? "—" : DATE.format(l.dueDate()), f.state(d.date()), f.moved(d.programmeYear(), d.hiddenAs())));
        }
        doc.table(null, List.of("Школа", "Рекомендация", "Решение школы", "Срок", "Исполнение", "Изменение показателя"), rows,
                1.1f, 2f, 1.8f, 0.9f, 1f, 2.4f);
    }

    /** Seed 003's «Механизмы мотивации и поощрения наставников»: who was awarded what this year. */
    static void recognition(NoteDocument.Builder doc, RecognitionAndTeams r, int year) {
        doc.heading("Поощрение наставников");
        if (r.awardsUnavailable() != null) {
            doc.paragraph("Сведения о поощрении недоступны: " + r.awardsUnavailable() + ".");
            return;
        }
        if (r.awards().isEmpty()) {
            doc.paragraph("Решений о поощрении наставников за " + year + " год нет.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RegistryYear.Award a : r.awards()) {
            String school = a.schoolShortName() != null ? a.schoolShortName() : "—";
            String basis = a.decisionNote() == null ? "—" : a.decisionNote();
            rows.add(r.namesShown() ? List.of(school, a.kindLabel(), a.nominee(), basis) : List.of(school, a.kindLabel(), basis));
        }
        if (r.namesShown()) {
            doc.table(null, List.of("Школа", "Номинация", "Поощрён", "Основание"), rows, 1.2f, 1.6f, 2.4f, 1.6f);
        } else {
            doc.table(null, List.of("Школа", "Номинация", "Основание"), rows, 1.4f, 2f, 2f);
        }
    }

    /** Seed 004: the management teams and personnel reserve of the low-result schools (the municipality's note). */
    static void teams(NoteDocument.Builder doc, RecognitionAndTeams r, int year) {
        doc.heading("Управленческие команды и кадровый резерв ШНОР");
        if (r.teamsUnavailable() != null) {
            doc.paragraph("Сведения недоступны: " + r.teamsUnavailable() + ".");
            return;
        }
        if (r.lowResultSchools().isEmpty()) {
            doc.paragraph("Школ с низкими образовательными результатами (ШНОР) за " + year + " год нет.");
            return;
        }
        long withTeam = r.lowResultSchools().stream().filter(m -> m.team() > 0).count();
        long withReserve = r.lowResultSchools().stream().filter(m -> m.reserve() > 0).count();
        int all = r.lowResultSchools().size();
        doc.paragraph("Управленческие команды сформированы в " + withTeam + " из " + all + " ШНОР, кадровый управленческий резерв — в "
                + withReserve + " из " + all + ".");
        List<List<String>> rows = new ArrayList<>();
        for (RegistryYear.ManagementLine m : r.lowResultSchools()) {
            rows.add(List.of(m.schoolShortName() != null ? m.schoolShortName() : "—",
                    m.team() == 0 ? "не сформирована" : "сформирована", m.reserve() == 0 ? "нет" : "есть"));
        }
        doc.table(null, List.of("Школа", "Управленческая команда", "Кадровый резерв"), rows, 2f, 1.5f, 1.3f);
    }

    private static void conclusion(NoteDocument.Builder doc, NoteData d) {
        doc.heading("Вывод");
        List<Target> targets = d.targets().targets();
        long known = targets.stream().filter(t -> t.met() != null).count();
        long met = targets.stream().filter(t -> Boolean.TRUE.equals(t.met())).count();
        StringBuilder text = new StringBuilder("По итогам мониторинга за " + d.programmeYear() + " год выполнено " + met + " из "
                + known + " целевых показателей программы, по которым есть данные");
        if (known < targets.size()) {
            text.append(" (по ").append(targets.size() - known).append(" показателям данных нет)");
        }
        text.append('.');
        List<String> missed = targets.stream().filter(t -> Boolean.FALSE.equals(t.met()))
                .map(t -> t.title() + " – " + BasisText.value(t) + " при цели "
                        + (t.direction() != null ? t.direction().goal() : Math.round(t.target()) + " %")).toList();
        doc.paragraph(text.toString());
        if (!missed.isEmpty()) {
            doc.paragraph("Не достигнуты:");
            doc.bullets(missed);
        }
        List<String> satisfaction = new ArrayList<>();
        for (RoleTable t : d.assessment().tables()) {
            if (!t.suppressed() && t.respondents() > 0) {
                satisfaction.add((t.title().endsWith("наставляемых") ? "наставляемых" : "наставников") + " – "
                        + Percent.text(t.satisfiedWithJointWorkPercent()));
            }
        }
        if (!satisfaction.isEmpty()) {
            doc.paragraph("Довольны совместной работой: " + String.join(", ", satisfaction) + ".");
        }
        List<String> up = new ArrayList<>();
        for (RoleDynamics t : d.dynamics().tables()) {
            for (ItemDynamics i : t.items()) {
                if (Boolean.TRUE.equals(i.significant()) && i.change() != null && i.change() > 0) {
                    up.add(i.text() + " (" + (t.title().contains("наставляемых") ? "наставляемые" : "наставники") + ", "
                            + signed(i.change()) + ")");
                }
            }
        }
        if (up.isEmpty()) {
            doc.paragraph("Статистически значимых изменений показателей до и после программы не выявлено.");
        } else {
            doc.paragraph("Выявлена статистически значимая положительная динамика (p < 0,05):");
            doc.bullets(up);
        }
        d.plan().ifPresent(p -> doc.paragraph("Из " + p.plan().events() + " мероприятий плана выполнено "
                + p.plan().byStatus().get(EventStatus.DONE) + ", просрочено " + p.plan().overdue() + "."));
    }

    private static String answer(AnswerView a) {
        return switch (a.value()) {
            case Boolean b -> b ? "да" : "нет";
            case Double v -> Percent.number(v, 1).replaceAll(",0$", "") + ("PERCENT".equals(a.type()) ? " %" : "");
            case null -> "—";
            default -> String.valueOf(a.value());
        };
    }

    private static String evidence(EventView e) {
        if (e.evidence() == null && e.evidenceUrl() == null) {
            return "—";
        }
        return e.evidence() == null ? e.evidenceUrl() : e.evidenceUrl() == null ? e.evidence() : e.evidence() + "\n" + e.evidenceUrl();
    }

    private static String signed(Double v) {
        if (v == null) {
            return "—";
        }
        return (v > 0 ? "+" : "") + Percent.number(v, 2);
    }

    private static String p(Double p) {
        if (p == null) {
            return "—";
        }
        return p < 0.001 ? "< 0,001" : Percent.number(p, 3);
    }
}
