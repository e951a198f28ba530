package ru.mentoring.monitoring.assessment;

import java.util.ArrayList;
import java.util.List;

import ru.mentoring.monitoring.assessment.AssessmentViews.Assessment;
import ru.mentoring.monitoring.assessment.AssessmentViews.Breakdown;
import ru.mentoring.monitoring.assessment.AssessmentViews.Characteristic;
import ru.mentoring.monitoring.assessment.AssessmentViews.RoleTable;
import ru.mentoring.monitoring.export.SheetTable;
import ru.mentoring.monitoring.questionnaire.RespondentRole;

/**
 * The personal assessment as worksheets: the seed's table per role, then the counts per school and per
 * form. A suppressed figure reads {@code hiddenAs} («<5»).
 */
public final class AssessmentSheets {

    private AssessmentSheets() {
    }

    public static List<SheetTable> of(Assessment a, String hiddenAs) {
        List<SheetTable> sheets = new ArrayList<>();
        for (RoleTable t : a.tables()) {
            String who = t.role() == RespondentRole.MENTEE ? "наставляемые" : "наставники";
            SheetTable main = SheetTable.of("Оценка — " + who, t.title() + " (" + a.programmeYear() + " г.; довольны: оценка не ниже "
                    + a.satisfiedFrom() + ")", "Показатель", "Количество участников", "Доля, %");
            String h = t.suppressed() ? hiddenAs : null;
            main.row("Всего участников", or(h, t.respondents()), null);
            main.row("Довольны совместной работой", or(h, t.satisfiedWithJointWork()), or(h, t.satisfiedWithJointWorkPercent()));
            main.row("Довольны результатом", or(h, t.satisfiedWithResult()), or(h, t.satisfiedWithResultPercent()));
            for (Characteristic c : t.characteristics()) {
                String hc = c.suppressed() ? hiddenAs : null;
                main.row(c.characteristic(), or(hc, c.marked()), or(hc, c.percent()));
            }
            sheets.add(main);
            sheets.add(breakdown("По школам — " + who, t.title() + ": по школам", "Школа", t.bySchool(), hiddenAs));
            sheets.add(breakdown("По формам — " + who, t.title() + ": по формам наставничества", "Форма наставничества",
                    t.byForm(), hiddenAs));
            sheets.add(breakdown("По моделям — " + who, t.title() + ": по моделям взаимодействия пар", "Модель взаимодействия",
                    t.byModel(), hiddenAs));
        }
        return sheets;
    }

    private static SheetTable breakdown(String name, String title, String keyHeader, List<Breakdown> lines, String hiddenAs) {
        SheetTable sheet = SheetTable.of(name, title, keyHeader, "Всего участников", "Довольны совместной работой",
                "Доля, %", "Довольны результатом", "Доля, %");
        for (Breakdown b : lines) {
            String h = b.suppressed() ? hiddenAs : null;
            sheet.row(b.label(), or(h, b.respondents()), or(h, b.satisfiedWithJointWork()), or(h, b.satisfiedWithJointWorkPercent()),
                    or(h, b.satisfiedWithResult()), or(h, b.satisfiedWithResultPercent()));
        }
        return sheet;
    }

    /** The hidden text where the line is suppressed, else the figure. */
    static Object or(String hidden, Object value) {
        return hidden != null ? hidden : value;
    }
}
