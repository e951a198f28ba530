package ru.mentoring.monitoring.assessment;

import java.util.ArrayList;
import java.util.List;

import ru.mentoring.monitoring.assessment.AssessmentViews.Assessment;
import ru.mentoring.monitoring.assessment.AssessmentViews.Breakdown;
import ru.mentoring.monitoring.assessment.AssessmentViews.Characteristic;
import ru.mentoring.monitoring.assessment.AssessmentViews.RoleTable;
import ru.mentoring.monitoring.export.SheetTable;
import ru.mentoring.monitoring.questionnaire.RespondentRole;

/** The personal assessment as worksheets: the seed's table per role, then the counts per school and per form. */
public final class AssessmentSheets {

    private AssessmentSheets() {
    }

    public static List<SheetTable> of(Assessment a) {
        List<SheetTable> sheets = new ArrayList<>();
        for (RoleTable t : a.tables()) {
            String who = t.role() == RespondentRole.MENTEE ? "наставляемые" : "наставники";
            SheetTable main = SheetTable.of("Оценка — " + who, t.title() + " (" + a.programmeYear() + " г.; довольны: оценка не ниже "
                    + a.satisfiedFrom() + ")", "Показатель", "Количество участников", "Доля, %");
            main.row("Всего участников", t.respondents(), null);
            main.row("Довольны совместной работой", t.satisfiedWithJointWork(), t.satisfiedWithJointWorkPercent());
            main.row("Довольны результатом", t.satisfiedWithResult(), t.satisfiedWithResultPercent());
            for (Characteristic c : t.characteristics()) {
                main.row(c.characteristic(), c.marked(), c.percent());
            }
            sheets.add(main);
            sheets.add(breakdown("По школам — " + who, t.title() + ": по школам", "Школа", t.bySchool()));
            sheets.add(breakdown("По формам — " + who, t.title() + ": по формам наставничества", "Форма наставничества",
                    t.byForm()));
        }
        return sheets;
    }

    private static SheetTable breakdown(String name, String title, String keyHeader, List<Breakdown> lines) {
        SheetTable sheet = SheetTable.of(name, title, keyHeader, "Всего участников", "Довольны совместной работой",
                "Доля, %", "Довольны результатом", "Доля, %");
        for (Breakdown b : lines) {
            sheet.row(b.label(), b.respondents(), b.satisfiedWithJointWork(), b.satisfiedWithJointWorkPercent(),
                    b.satisfiedWithResult(), b.satisfiedWithResultPercent());
        }
        return sheet;
    }
}
