package ru.mentoring.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ru.mentoring.web.charts.Charts.Bar;
import ru.mentoring.web.charts.Charts.Dot;
import ru.mentoring.web.charts.Charts.Group;
import ru.mentoring.web.charts.Charts.PairedBar;
import ru.mentoring.web.charts.Charts.Point;

class ChartsTest {

    private static List<Double> attribute(String svg, String element, String name) {
        Matcher m = Pattern.compile("<" + element + " [^>]*?" + name + "=\"([0-9.]+)\"").matcher(svg);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            values.add(Double.parseDouble(m.group(1)));
        }
        return values;
    }

    @Test
    void barsAreProportionalAndAHiddenValueIsDrawnAsHiddenNeverAsZero() {
        String svg = Charts.bars("Пары по формам", "", List.of(new Bar("учитель – учитель", 12.0), new Bar("ученик – ученик", 6.0),
                new Bar("студент – ученик", null)));

        List<Double> widths = attribute(svg, "rect", "width");
        assertThat(widths).hasSize(2);
        assertThat(widths.get(1) / widths.get(0)).isEqualTo(0.5);
        assertThat(svg).contains("скрыто (<5) или нет данных".replace("<", "&lt;")).contains("12");
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<title>Пары по формам</title>").contains("role=\"img\"");
    }

    @Test
    void everyTextIsEscapedSoThatANameCannotBreakThePage() {
        String svg = Charts.bars("<script>alert(1)</script>", " %", List.of(new Bar("Школа \"№1\" & <b>", 1.5)));

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;")
                .contains("Школа &quot;№1&quot; &amp; &lt;b&gt;").contains("1,5 %");
    }

    @Test
    void theTargetLineSitsAtItsShareOfTheScale() {
        // values 50 and 30, target 40: the scale runs to ceil(50 × 1.15 / 10) × 10 = 60 %, plot from y 20 to 220
        String svg = Charts.trend("Доля ШНОР", List.of(new Point("2024", 50.0), new Point("2025", 30.0)), 40, "цель 40 %");

        Matcher target = Pattern.compile("<line x1=\"50\" y1=\"([0-9.]+)\" x2=\"620\" y2=\"\\1\" stroke=\"#a4262c\"").matcher(svg);
        assertThat(target.find()).isTrue();
        assertThat(Double.parseDouble(target.group(1))).isEqualTo(220 - 200 * 40 / 60.0, offset(0.01));
        assertThat(svg).contains("50 %").contains("30 %").contains("<polyline");
    }

    @Test
    void aYearWithoutAValueBreaksNoLineAndShowsNoDot() {
        String svg = Charts.trend("Доля ШНОР", List.of(new Point("2023", null), new Point("2024", 20.0)), 40, "цель");

        assertThat(svg).doesNotContain("<polyline").contains("2023");
        assertThat(attribute(svg, "circle", "cx")).hasSize(1);
    }

    @Test
    void pairedBarsMarkOnlyTheSignificantItems() {
        String svg = Charts.pairedBars("Динамика", List.of(new PairedBar("Поддержка", 4.5, 8.0, true),
                new PairedBar("Ожидания", 6.0, 6.5, false), new PairedBar("Скрытый", null, null, false)));

        assertThat(svg.split(">★</text>", -1)).hasSize(2); // one item's star (the legend's has its words)
        assertThat(svg).contains("4,5").contains("8").contains("скрыто (&lt;5)");
    }

    @Test
    void theScatterLinksEachSchoolToItsCardAndDrawsTheQuartileBoundaries() {
        String svg = Charts.scatter("ИОР и ИСБШ", "ИОР", "ИСБШ",
                List.of(new Dot("СОШ № 2", -0.5, 0.2, "LOW", "/schools/mil-sosh-2"), new Dot("Гимназия № 1", 0.9, 0.8, "OTHER", null)),
                List.of(new Group("LOW", "ШНОР", "#a4262c"), new Group("OTHER", "другие", "#1f5fa8")),
                List.of(-0.2, 0.0, 0.3), List.of(0.1, 0.4, 0.6));

        assertThat(svg).contains("<a href=\"/schools/mil-sosh-2\">").contains("СОШ № 2: ИОР −0,5, ИСБШ 0,2");
        assertThat(svg.split("stroke-dasharray", -1)).hasSize(7); // three boundaries on each axis
        assertThat(svg.split("<a href", -1)).hasSize(2);
    }
}
