package ru.mentoring.registry.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFormatTest {

    @Test
    void eachAllowedFormatIsToldByItsContent() {
        assertThat(DocumentFormat.of(Files.pdf())).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.of(Files.png())).contains(DocumentFormat.PNG);
        assertThat(DocumentFormat.of(Files.jpeg())).contains(DocumentFormat.JPEG);
        assertThat(DocumentFormat.of(Files.docx())).contains(DocumentFormat.DOCX);
        assertThat(DocumentFormat.of(Files.xlsx())).contains(DocumentFormat.XLSX);
    }

    @Test
    void anExecutableOrATextIsRefusedWhateverItIsCalled() {
        assertThat(DocumentFormat.of(Files.exe())).isEmpty();
        assertThat(DocumentFormat.of(Files.text())).isEmpty();
        assertThat(DocumentFormat.of(new byte[0])).isEmpty();
    }

    @Test
    void aZipIsAnOfficeDocumentOnlyWithTheMainPartItsContentTypesDeclare() {
        assertThat(DocumentFormat.of(Files.plainZip())).isEmpty();
        assertThat(DocumentFormat.of(Files.docxWithoutMainPart())).isEmpty();
    }

    @Test
    void aDamagedZipIsRefusedNotAnError() {
        byte[] cut = java.util.Arrays.copyOf(Files.docx(), 40);
        assertThat(DocumentFormat.of(cut)).isEmpty();
    }

    @Test
    void theNameGetsTheExtensionOfWhatTheFileReallyIs() {
        assertThat(DocumentService.fileName("C:\\Users\\Приказ о наставничестве.pdf", DocumentFormat.PDF))
                .isEqualTo("Приказ о наставничестве.pdf");
        assertThat(DocumentService.fileName("скан.exe", DocumentFormat.JPEG)).isEqualTo("скан.exe.jpg");
        assertThat(DocumentService.fileName("фото.JPEG", DocumentFormat.JPEG)).isEqualTo("фото.JPEG");
        assertThat(DocumentService.fileName(null, DocumentFormat.DOCX)).isEqualTo("документ.docx");
        assertThat(DocumentService.fileName("../../etc/\"passwd\"", DocumentFormat.XLSX)).isEqualTo("passwd.xlsx");
    }
}
