package ru.mentoring.platform.upload;

import org.junit.jupiter.api.BeforeEach;
import java.util.zip.ZipInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The bounds every upload is read within: what a tiny hostile file would make the reader do, it refuses first. */
class UploadBoundsTest {

    private final Uploads uploads = new Uploads(UploadProperties.defaults());

    @BeforeEach
    void loadPoi() throws Exception {
        // the first workbook of a JVM loads POI's classes; the bounds are about what a file costs, so time warm
        drain(TestWorkbooks.xlsx(List.of(List.of("код"), List.of("s-1"))));
    }

    @Test
    void anEmptyCellAtXfdOnAHundredThousandRowsAllocatesNothingAndIsRefusedForWantOfAHeader() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 100_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r).append("\"/></row>");
        }
        byte[] file = TestWorkbooks.withSheetData(rows.toString());
        assertThat(file.length).as("a tiny file").isLessThan(1_000_000);
        Throwable refused = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> catchThrowable(() -> drain(file)));
        assertThat(refused).isInstanceOf(UploadException.class).hasMessageContaining("первых 1000 строках нет заголовка");
    }

    @Test
    void aValueAtXfdBeyondTheHeaderIsRefusedAtItsRowBeforeAnythingIsPadded() throws Exception {
        StringBuilder rows = new StringBuilder("<row r=\"1\">" + TestWorkbooks.text("A1", "код") + TestWorkbooks.text("B1", "имя") + "</row>");
        for (int r = 2; r <= 100_000; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(TestWorkbooks.text("XFD" + r, "x")).append("</row>");
        }
        byte[] file = TestWorkbooks.withSheetData(rows.toString());
        RowsRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> (RowsRejectedException) catchThrowable(() -> drain(file)));
        assertThat(e).isNotNull();
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.field()).isEqualTo("столбец XFD");
            assertThat(error.reason()).contains("за пределами столбцов заголовка (их 2)");
        });
    }

    @Test
    void aHeaderWiderThanTheLimitIsRefused() throws Exception {
        byte[] file = TestWorkbooks.withSheetData("<row r=\"1\">" + TestWorkbooks.text("XFD1", "x") + "</row>");
        assertThatThrownBy(() -> drain(file)).isInstanceOf(RowsRejectedException.class)
                .satisfies(e -> assertThat(((RowsRejectedException) e).errors().getFirst().reason())
                        .isEqualTo("В строке заголовка больше 200 столбцов"));
    }

    @Test
    void aReferenceBeyondXfdIsRefusedEvenWhenEmpty() throws Exception {
        byte[] file = TestWorkbooks.withSheetData("<row r=\"1\">" + TestWorkbooks.text("A1", "код") + "</row>"
                + "<row r=\"2\"><c r=\"ZZZZZZ2\"/></row>");
        assertThatThrownBy(() -> drain(file)).isInstanceOf(RowsRejectedException.class)
                .satisfies(e -> assertThat(((RowsRejectedException) e).errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.row()).isEqualTo(2);
                            assertThat(error.reason()).contains("XFD");
                        }));
    }

    @Test
    void aCsvRowWithMoreCellsThanTheHeaderIsRefusedAndEmptyExtraCellsAreNot() {
        assertThat(drainCsv("a;b\n1;2;;;\n")).singleElement().extracting(TableRow::cells).isEqualTo(List.of("1", "2"));
        assertThatThrownBy(() -> drainCsv("a;b\n1;2;3\n")).isInstanceOf(RowsRejectedException.class)
                .satisfies(e -> assertThat(((RowsRejectedException) e).errors().getFirst().field()).isEqualTo("столбец C"));
        String wide = "x;".repeat(201) + "\n";
        assertThatThrownBy(() -> drainCsv(wide)).isInstanceOf(RowsRejectedException.class);
        String endless = "a\n" + ",".repeat(20_000) + "\n";
        assertThatThrownBy(() -> drainCsv(endless)).isInstanceOf(RowsRejectedException.class)
                .hasMessageContaining("строка 2");
    }

    @Test
    void anUnclosedQuoteStopsAtTheCellLimitInsteadOfGatheringTheFile() {
        String csv = "a\n\"" + "x".repeat(40_000);
        assertThatThrownBy(() -> drainCsv(csv)).isInstanceOf(RowsRejectedException.class)
                .satisfies(e -> assertThat(((RowsRejectedException) e).errors().getFirst().reason()).contains("32767 символов"));
    }

    @Test
    void blankRowsCountTowardsTheRowLimit() {
        Uploads small = new Uploads(new UploadProperties(null, 3L, null, null, null, null, null, null));
        byte[] csv = "a\n1\n\n\n\n\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> {
            try (UploadedTable table = small.open(new ByteArrayInputStream(csv), "text/csv", null, csv.length)) {
                table.forEachRemaining(row -> { });
            }
        }).isInstanceOf(UploadTooLargeException.class);
    }

    @Test
    void moreRowsThanTheLimitAre413() {
        Uploads small = new Uploads(new UploadProperties(null, 3L, null, null, null, null, null, null));
        byte[] csv = "a\n1\n2\n3\n4\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> {
            try (UploadedTable table = small.open(new ByteArrayInputStream(csv), "text/csv", null, csv.length)) {
                table.forEachRemaining(row -> { });
            }
        }).isInstanceOf(UploadTooLargeException.class).extracting(e -> ((UploadException) e).status()).isEqualTo(413);
    }

    @Test
    void aBodyOverTheLimitIs413WhetherDeclaredOrCountedWhileReading() {
        Uploads small = new Uploads(new UploadProperties(DataSize.ofKilobytes(1), null, null, null, null, null, null, null));
        byte[] csv = ("a\n" + "1\n".repeat(1000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.open(new ByteArrayInputStream(csv), "text/csv", null, csv.length))
                .isInstanceOf(UploadTooLargeException.class).hasMessage("Файл больше 1 КБ: разделите его на части");
        assertThatThrownBy(() -> {
            try (UploadedTable table = small.open(new ByteArrayInputStream(csv), "text/csv", null, -1)) {
                table.forEachRemaining(row -> { });
            }
        }).isInstanceOf(UploadTooLargeException.class);
    }

    @Test
    void aZipBombMadeHereIsRefusedAs413BeforeItIsExpanded() throws Exception {
        // 200 MB of one repeated row compresses to a few hundred KB: far past POI's minimum inflate ratio
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            byte[] base = TestWorkbooks.withSheetXml(TestWorkbooks.sheetXml("<row r=\"1\">" + TestWorkbooks.text("A1", "код") + "</row>"));
            try (var in = new ZipInputStream(new ByteArrayInputStream(base))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().endsWith("sheet1.xml")) {
                        String head = TestWorkbooks.sheetXml("<row r=\"1\">" + TestWorkbooks.text("A1", "код") + "</row>");
                        zip.write(head.substring(0, head.indexOf("</sheetData>")).getBytes(StandardCharsets.UTF_8));
                        byte[] filler = "<row><c t=\"inlineStr\"><is><t>aaaaaaaa</t></is></c></row>".repeat(10_000)
                                .getBytes(StandardCharsets.UTF_8);
                        for (long written = 0; written < 200L * 1024 * 1024; written += filler.length) {
                            zip.write(filler);
                        }
                        zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).as("small on the wire").isLessThan(2 * 1024 * 1024);
        // the message is the proof (without the guard the 200 MB would parse to the end and nothing be thrown);
        // the time bound is loose because this machine's two cores are shared by many builds
        Throwable refused = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> catchThrowable(() -> drain(bomb)));
        assertThat(refused).isInstanceOf(UploadTooLargeException.class).hasMessageContaining("zip-бомбу");
    }

    @Test
    void theTypeIsTakenFromTheContent() throws Exception {
        byte[] workbook = TestWorkbooks.xlsx(List.of(List.of("код"), List.of("s-1")));
        try (UploadedTable table = uploads.open(new ByteArrayInputStream(workbook), "text/csv", "scores.csv", workbook.length)) {
            assertThat(table.next().cells()).containsExactly("s-1");
        }
        byte[] text = "код\ns-1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> uploads.open(new ByteArrayInputStream(text), Uploads.XLSX, null, text.length))
                .isInstanceOf(UploadException.class).hasMessageContaining("не является");
        assertThatThrownBy(() -> uploads.open(new ByteArrayInputStream(text), null, "scores.xlsx", text.length))
                .isInstanceOf(UploadException.class).extracting(e -> ((UploadException) e).status()).isEqualTo(400);
        byte[] legacy = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThatThrownBy(() -> uploads.open(new ByteArrayInputStream(legacy), null, "old.xls", legacy.length))
                .isInstanceOf(UploadException.class).hasMessageContaining(".xls");
        byte[] binary = {'a', 0, 'b', '\n'};
        assertThatThrownBy(() -> uploads.open(new ByteArrayInputStream(binary), null, null, binary.length))
                .isInstanceOf(UploadException.class);
        assertThatThrownBy(() -> uploads.open(InputStream.nullInputStream(), "text/csv", null, 0))
                .isInstanceOf(UploadException.class).hasMessage("Файл пустой");
    }

    @Test
    void aCsvWithoutCharsetIsUtf8WhenItDecodesSoElseWindows1251() {
        Charset cp1251 = Charset.forName("windows-1251");
        for (byte[] body : List.of("Фамилия\nИванова\n".getBytes(StandardCharsets.UTF_8), "Фамилия\nИванова\n".getBytes(cp1251))) {
            try (UploadedTable table = uploads.open(new ByteArrayInputStream(body), "text/csv", null, body.length)) {
                assertThat(table.header()).containsExactly("Фамилия");
                assertThat(table.next().cells()).containsExactly("Иванова");
            }
        }
    }

    private List<TableRow> drain(byte[] xlsx) {
        List<TableRow> rows = new ArrayList<>();
        try (UploadedTable table = uploads.open(new ByteArrayInputStream(xlsx), Uploads.XLSX, "file.xlsx", xlsx.length)) {
            if (table.header().isEmpty()) {
                throw UploadException.unreadable("В файле нет строки заголовков");
            }
            table.forEachRemaining(rows::add);
        }
        return rows;
    }

    private List<TableRow> drainCsv(String csv) {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        List<TableRow> rows = new ArrayList<>();
        try (UploadedTable table = uploads.open(new ByteArrayInputStream(body), "text/csv", null, body.length)) {
            table.forEachRemaining(rows::add);
        }
        return rows;
    }
}
