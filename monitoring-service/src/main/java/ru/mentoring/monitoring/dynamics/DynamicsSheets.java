package ru.mentoring.monitoring.dynamics;

import java.util.ArrayList;
import java.util.List;

import ru.mentoring.monitoring.dynamics.DynamicsViews.ContextItem;
import ru.mentoring.monitoring.dynamics.DynamicsViews.Dynamics;
import ru.mentoring.monitoring.dynamics.DynamicsViews.ItemDynamics;
import ru.mentoring.monitoring.dynamics.DynamicsViews.RoleDynamics;
import ru.mentoring.monitoring.export.SheetTable;
import ru.mentoring.monitoring.questionnaire.RespondentRole;

/** Dynamics as worksheets, one per role. */
public final class DynamicsSheets {

    private DynamicsSheets() {
    }

    /** @param hiddenAs what a suppressed figure reads («<5») */
    public static List<SheetTable> of(Dynamics d, String hiddenAs) {
        List<SheetTable> sheets = new ArrayList<>();
        for (RoleDynamics t : d.tables()) {
            SheetTable sheet = SheetTable.of("Динамика — " + (t.role() == RespondentRole.MENTEE ? "наставляемые" : "наставники"),
                    t.title() + ", " + d.programmeYear() + " г.: участников с обеими анкетами — " + (t.suppressed() ? hiddenAs : t.people()),
                    "Показатель", "Пар", "Среднее до", "Среднее после", "Изменение", "Улучшили", "Доля улучшивших, %",
                    "Без изменений", "Ухудшили", "p (Уилкоксон)", "Метод", "Значимо (p < 0,05)");
            for (ItemDynamics i : t.items()) {
                if (i.suppressed()) {
                    sheet.row(i.text(), hiddenAs, hiddenAs, hiddenAs, hiddenAs, hiddenAs, hiddenAs, hiddenAs, hiddenAs, hiddenAs,
                            null, null);
                    continue;
                }
                sheet.row(i.text(), i.pairs(), i.meanBefore(), i.meanAfter(), i.change(), i.improved(), i.improvedPercent(),
                        i.unchanged(), i.worsened(), i.pValue(), methodText(i), i.significant());
            }
            if (!t.context().isEmpty()) {
                // importance before vs experience after: two means side by side, not a change
                sheet.row("Справочно (не динамика): важность до программы и оценка после", "Участников",
                        "Важность до (среднее)", "Оценка после (среднее)");
                for (ContextItem c : t.context()) {
                    sheet.row(c.text() + (c.beforeText() == null ? "" : " (до: «" + c.beforeText() + "»)"),
                            c.suppressed() ? hiddenAs : c.people(), c.suppressed() ? hiddenAs : c.meanImportance(),
                            c.suppressed() ? hiddenAs : c.meanAfter());
                }
            }
            sheet.row(d.method());
            sheets.add(sheet);
        }
        return sheets;
    }

    static String methodText(ItemDynamics i) {
        if (i.method() == null) {
            return null;
        }
        return switch (i.method()) {
            case EXACT -> "точный";
            case NORMAL_APPROXIMATION -> "нормальная аппроксимация";
            case NONE -> "нет изменений";
        };
    }
}
