package ru.mentoring.monitoring.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import ru.mentoring.monitoring.assessment.AssessmentViews.RoleTable;
import ru.mentoring.monitoring.plan.EventStatus;
import ru.mentoring.monitoring.plan.PlanViews.EventView;
import ru.mentoring.monitoring.plan.PlanViews.Plan;
import ru.mentoring.monitoring.recommendation.RecommendationsOfYear;
import ru.mentoring.monitoring.stats.Percent;
import ru.mentoring.monitoring.targets.BasisText;
import ru.mentoring.monitoring.targets.TargetViews.Target;

/**
 * The short report to the head of the education department on how the mentoring programme goes
 * (seed 004, event 39 of the plan: «Отчёт начальнику управления образования», «проанализирован ход
 * реализации программы»): key figures, the targets against their values, what was done, the
 * coordinator's recommendations with the schools' decisions, and what is recommended next. Built
 * from the same {@link NoteData} as the information note, so the two never disagree.
 */
final class HeadReport {

    static final String TITLE = "Отчёт начальнику управления образования о ходе реализации программы наставничества";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private HeadReport() {
    }

    static NoteDocument of(NoteData d, List<RecommendationsOfYear.Line> recommendations) {
        NoteDocument.Builder doc = new NoteDocument.Builder(TITLE)
                .subtitle(d.whose())
                .subtitle("Программный год " + d.programmeYear() + "; отчёт сформирован " + DATE.format(d.date()));
        keyFigures(doc, d);
        targets(doc, d);
        done(doc, d);
        recommendations(doc, d, recommendations);
        proposals(doc, d, recommendations);
        return doc.build();
    }

    private static void keyFigures(NoteDocument.Builder doc, NoteData d) {
        doc.heading("1. Основные показатели");
        List<String> figures = new ArrayList<>();
        RegistryYearSection r = d.registryYear();
        if (r.unavailable() != null) {
            figures.add("сведения реестра о парах недоступны: " + r.unavailable());
        } else {
            figures.add("пар «наставник – наставляемый» (" + InformationNote.period(r) + "): " + shown(r.pairs(), d));
            for (RegistryYearSection.PeopleRow p : r.people()) {
                if (p.form() == null) {
                    figures.add(("MENTOR".equals(p.role()) ? "наставников" : "наставляемых") + " – " + p.kindLabel() + ": "
                            + shown(p.people(), d));
                }
            }
            List<String> forms = new ArrayList<>();
            r.forms(true).forEach(f -> forms.add("«" + f.formLabel() + "»"));
            r.forms(false).forEach(f -> forms.add("«" + f.formLabel() + "»"));
            if (!forms.isEmpty()) {
                figures.add("реализованы формы наставничества: " + String.join(", ", forms));
            }
        }
        for (RoleTable t : d.assessment().tables()) {
            String who = t.title().endsWith("наставляемых") ? "наставляемых" : "наставников";
            if (t.suppressed()) {
                figures.add("опрошено " + who + ": " + d.hiddenAs());
            } else if (t.respondents() != null && t.respondents() > 0) {
                figures.add("опрошено " + who + ": " + t.respondents() + ", довольны совместной работой – "
                        + Percent.text(t.satisfiedWithJointWorkPercent()));
            }
        }
        doc.bullets(figures);
    }

    private static void targets(NoteDocument.Builder doc, NoteData d) {
        doc.heading("2. Целевые показатели: план и факт");
        List<List<String>> rows = new ArrayList<>();
        for (Target t : d.targets().targets()) {
            rows.add(List.of(t.title(), BasisText.goal(t), t.suppressed() ? d.hiddenAs() : BasisText.value(t), BasisText.met(t)));
        }
        doc.table(null, List.of("Показатель", "Цель", "Значение", "Выполнение"), rows, 3f, 1.1f, 1f, 1.2f);
    }

    private static void done(NoteDocument.Builder doc, NoteData d) {
        doc.heading("3. Что сделано");
        Plan plan = d.plan().orElse(null);
        if (plan == null) {
            doc.paragraph("План мероприятий на " + d.programmeYear() + " год не создан.");
            return;
        }
        var s = plan.plan();
        doc.paragraph("Из " + s.events() + " мероприятий плана выполнено " + s.byStatus().get(EventStatus.DONE) + ", выполняется "
                + s.byStatus().get(EventStatus.IN_PROGRESS) + ", просрочено " + s.overdue() + ".");
        List<String> done = new ArrayList<>();
        for (EventView e : plan.done()) {
            done.add(e.event() + (e.evidence() != null ? " (" + e.evidence() + ")" : ""));
        }
        doc.bullets(done);
    }

    private static void recommendations(NoteDocument.Builder doc, NoteData d, List<RecommendationsOfYear.Line> lines) {
        doc.heading("4. Рекомендации по итогам мониторинга и решения школ");
        if (lines.isEmpty()) {
            doc.paragraph("Рекомендации школам за " + d.programmeYear() + " год не записаны.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RecommendationsOfYear.Line l : lines) {
            rows.add(List.of(d.school(l.schoolCode()), l.text(), l.decision() == null ? "решение не принято" : l.decision(),
                    l.dueDate() == null ? "—" : DATE.format(l.dueDate()), state(l, d.date())));
        }
        doc.table(null, List.of("Школа", "Рекомендация", "Решение школы", "Срок", "Исполнение"), rows, 1.2f, 2.4f, 2.2f, 0.9f, 1.1f);
    }

    static String state(RecommendationsOfYear.Line l, LocalDate today) {
        if (l.doneOn() != null) {
            return "исполнено " + DATE.format(l.doneOn());
        }
        if (l.decision() == null) {
            return "—";
        }
        return l.dueDate() != null && l.dueDate().isBefore(today) ? "просрочено" : "в работе";
    }

    /** What the figures call for: each target missed, the overdue events, the recommendations without a decision. */
    static List<String> proposalsOf(NoteData d, List<RecommendationsOfYear.Line> lines) {
        List<String> out = new ArrayList<>();
        for (Target t : d.targets().targets()) {
            if (Boolean.FALSE.equals(t.met())) {
                out.add("принять меры по показателю «" + t.title() + "»: " + BasisText.value(t) + " при цели "
                        + BasisText.goal(t) + ";");
            }
        }
        d.plan().ifPresent(p -> {
            if (p.plan().overdue() > 0) {
                out.add("выполнить просроченные мероприятия плана (" + p.plan().overdue() + ");");
            }
        });
        List<String> undecided = lines.stream().filter(l -> l.decision() == null).map(l -> d.school(l.schoolCode())).distinct().toList();
        if (!undecided.isEmpty()) {
            out.add("принять решения по рекомендациям координатора: " + String.join(", ", undecided) + ";");
        }
        List<String> late = lines.stream().filter(l -> "просрочено".equals(state(l, d.date()))).map(l -> d.school(l.schoolCode()))
                .distinct().toList();
        if (!late.isEmpty()) {
            out.add("исполнить решения, срок которых истек: " + String.join(", ", late) + ";");
        }
        if (out.isEmpty()) {
            out.add("продолжить реализацию программы наставничества в прежнем порядке.");
        } else {
            String last = out.removeLast();
            out.add(last.substring(0, last.length() - 1) + ".");
        }
        return out;
    }

    private static void proposals(NoteDocument.Builder doc, NoteData d, List<RecommendationsOfYear.Line> lines) {
        doc.heading("5. Предложения");
        doc.bullets(proposalsOf(d, lines));
    }

    private static String shown(Long n, NoteData d) {
        return n == null ? d.hiddenAs() : String.valueOf(n);
    }
}
