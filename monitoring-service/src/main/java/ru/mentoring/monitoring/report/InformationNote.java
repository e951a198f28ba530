package ru.mentoring.monitoring.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import ru.mentoring.monitoring.assessment.AssessmentViews.Characteristic;
import ru.mentoring.monitoring.assessment.AssessmentViews.RoleTable;
import ru.mentoring.monitoring.dynamics.DynamicsViews.ItemDynamics;
import ru.mentoring.monitoring.dynamics.DynamicsViews.RoleDynamics;
import ru.mentoring.monitoring.plan.EventStatus;
import ru.mentoring.monitoring.plan.PlanViews.EventView;
import ru.mentoring.monitoring.plan.PlanViews.Plan;
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
        targets(doc, d);
        plan(doc, d);
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

    private static void targets(NoteDocument.Builder doc, NoteData d) {
        doc.heading("Целевые показатели программы");
        List<List<String>> rows = new ArrayList<>();
        for (Target t : d.targets().targets()) {
            rows.add(List.of(t.title(), t.suppressed() ? d.hiddenAs() : Percent.text(t.value()), "не менее " + Math.round(t.target()) + " %", BasisText.met(t),
                    d.naming(BasisText.of(t))));
        }
        doc.table(null, List.of("Показатель", "Значение", "Цель", "Выполнение", "Основание"), rows, 2.3f, 1f, 1f, 1.35f, 2.8f);
        List<NoteCharts.TargetValue> values = d.targets().targets().stream()
                .filter(t -> !t.suppressed() && t.value() != null)
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
                .map(t -> t.title() + " – " + Percent.text(t.value()) + " при цели " + Math.round(t.target()) + " %").toList();
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
