package ru.mentoring.monitoring.targets;

import java.util.ArrayList;
import java.util.List;

import ru.mentoring.monitoring.export.SheetTable;
import ru.mentoring.monitoring.targets.TargetViews.SchoolTargets;
import ru.mentoring.monitoring.targets.TargetViews.Target;
import ru.mentoring.monitoring.targets.TargetViews.TargetReport;

/** The targets as worksheets: the scope's targets, and for a municipality one row per school. */
public final class TargetSheets {

    private TargetSheets() {
    }

    /** @param hiddenAs what a suppressed value reads («<5») */
    public static List<SheetTable> of(TargetReport r, String hiddenAs) {
        List<SheetTable> sheets = new ArrayList<>();
        String whose = r.schoolCode() != null ? (r.schoolName() != null ? r.schoolName() : r.schoolCode())
                : "муниципалитет " + r.municipalityCode();
        SheetTable main = SheetTable.of("Целевые показатели", "Целевые показатели программы наставничества, " + r.programmeYear()
                + " г. (" + whose + ")", "Показатель", "Значение", "Цель", "Выполнен", "Основание", "Единица");
        for (Target t : r.targets()) {
            // a learners' target (seed 003) is a change in marks or people with a direction as its goal
            main.row(t.title(), t.suppressed() ? hiddenAs : t.value(), t.direction() != null ? t.direction().goal() : t.target(),
                    BasisText.met(t), BasisText.of(t), t.unit());
        }
        sheets.add(main);
        if (!r.schools().isEmpty()) {
            List<String> headers = new ArrayList<>(List.of("Код школы", "Школа"));
            for (Target t : r.schools().getFirst().targets()) {
                headers.add(t.title() + ", " + t.unit() + " (цель " + (t.direction() != null ? t.direction().goal()
                        : String.valueOf(Math.round(t.target()))) + ")");
                headers.add("Выполнен");
            }
            SheetTable bySchool = new SheetTable("По школам", "Целевые показатели по школам, " + r.programmeYear() + " г.",
                    headers, new ArrayList<>());
            for (SchoolTargets s : r.schools()) {
                List<Object> row = new ArrayList<>(List.of(s.schoolCode(), s.schoolName()));
                for (Target t : s.targets()) {
                    row.add(t.suppressed() ? hiddenAs : t.value());
                    row.add(BasisText.met(t));
                }
                bySchool.rows().add(row);
            }
            sheets.add(bySchool);
        }
        return sheets;
    }
}
