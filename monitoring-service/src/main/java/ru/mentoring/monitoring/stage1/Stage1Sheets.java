package ru.mentoring.monitoring.stage1;

import java.util.List;

import ru.mentoring.monitoring.export.SheetTable;
import ru.mentoring.monitoring.stage1.Stage1Views.DistrictStage1;
import ru.mentoring.monitoring.stage1.Stage1Views.IndicatorSummary;
import ru.mentoring.monitoring.stage1.Stage1Views.QuadrantGroups;
import ru.mentoring.monitoring.stage1.Stage1Views.SchoolText;

/** The district view of stage 1 as worksheets. */
public final class Stage1Sheets {

    private Stage1Sheets() {
    }

    public static List<SheetTable> of(DistrictStage1 d) {
        SheetTable curator = SheetTable.of("Анкета куратора", "Этап 1: анкеты кураторов, " + d.programmeYear()
                + " г. (школ: " + d.schoolsReported().size() + ")", "Показатель", "Ответили школ", "Ответ «да»", "Доля «да», %",
                "Среднее", "Ответы школ");
        for (IndicatorSummary i : d.indicators()) {
            curator.row(i.text(), i.answered(), i.yes(), i.yesPercent(), i.mean(),
                    String.join("\n", i.texts().stream().map(SchoolText::text).map(String::valueOf).toList()));
        }
        SheetTable swot = SheetTable.of("SWOT", "SWOT-анализ программ наставничества школ, " + d.programmeYear() + " г.",
                "Раздел", "Пункт", "Школ", "Школы", "Формулировки");
        for (QuadrantGroups q : d.swot()) {
            for (SimilarEntries.Group g : q.groups()) {
                swot.row(q.title(), g.text(), g.count(), String.join(", ", g.schools()), String.join("\n", g.variants()));
            }
        }
        return List.of(curator, swot);
    }
}
