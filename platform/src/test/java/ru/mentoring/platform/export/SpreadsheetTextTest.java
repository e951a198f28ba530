package ru.mentoring.platform.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

    @Test
    void aTextThatBeginsLikeAFormulaGetsAnApostropheAndRestoresToItself() {
        for (String text : List.of("=HYPERLINK(\"http://x\",\"a\")", "+7 900", "-Петровна", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SpreadsheetText.neutralize(text)).isEqualTo("'" + text);
            assertThat(SpreadsheetText.restore(SpreadsheetText.neutralize(text))).isEqualTo(text);
        }
    }

    @Test
    void anyOtherTextIsLeftAsItIsBothWays() {
        for (String text : Arrays.asList("Иванова", "'quoted", "'", "", "5", "a=b", null)) {
            assertThat(SpreadsheetText.neutralize(text)).isEqualTo(text);
            assertThat(SpreadsheetText.restore(text)).isEqualTo(text);
        }
    }

    @Test
    void theCsvWriterNeutralisesTextsQuotesWhereNeededAndWritesNumbersAsNumbers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.excel(out)) {
            writer.record(List.of("Фамилия", "Стаж"));
            writer.record(Arrays.asList("=HYPERLINK(\"http://x\",\"a\")", -5));
            writer.record(Arrays.asList("a;b", null));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFФамилия;Стаж\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\";-5\r\n"
                + "\"a;b\";\r\n");
    }
}
