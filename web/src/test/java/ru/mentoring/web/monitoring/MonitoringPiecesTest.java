package ru.mentoring.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import io.nayuki.qrcodegen.QrCode;

class MonitoringPiecesTest {

    @Test
    void aServiceQueryCarriesOnlyTheFiltersGivenAndTheirValuesApartFromTheTemplate() {
        MonitoringService.Query q = MonitoringService.uri("/api/monitoring/dynamics", "programmeYear", 2025, "schoolCode", null,
                "form", " ", "role", "a&b=c");
        assertThat(q.template()).isEqualTo("/api/monitoring/dynamics?programmeYear={v0}&role={v1}");
        assertThat(q.values()).containsExactly(2025, "a&b=c");
        assertThat(MonitoringService.uri("/api/monitoring/targets").template()).isEqualTo("/api/monitoring/targets");
    }

    @Test
    void theSessionKeepsTheLinksOfTheLatestRoundsOnly() {
        MockHttpSession session = new MockHttpSession();
        UUID first = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        OffsetDateTime until = OffsetDateTime.parse("2027-01-02T00:00:00Z");
        IssuedLinks.remember(session, first, person, "tok-1", until);
        IssuedLinks.remember(session, first, person, "tok-2", until); // reissued: the new token replaces the old
        assertThat(IssuedLinks.of(session, first)).containsEntry(person, new IssuedLinks.Issued("tok-2", until));
        for (int i = 0; i < IssuedLinks.ROUNDS_KEPT; i++) {
            IssuedLinks.remember(session, UUID.randomUUID(), person, "t" + i, until);
        }
        assertThat(IssuedLinks.of(session, first)).isEmpty();
    }

    @Test
    void theQrCodeIsAnSvgOfTheCodesModulesWithAQuietZoneAndAnAccessibleName() {
        String url = "http://localhost:8080/q/abcDEF123";
        String svg = QrCodes.svg(url, "QR-код ссылки: Иванова \"М\"");
        int size = QrCode.encodeText(url, QrCode.Ecc.MEDIUM).size + 8;
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 " + size + " " + size + "\"")
                .contains("aria-label=\"QR-код ссылки: Иванова &quot;М&quot;\"").contains("M4,4h7v1h-7z"); // the finder pattern's top row
    }

    @Test
    void theProgrammeYearStartsInSeptember() {
        assertThat(ProgrammeYears.current(Clock.fixed(Instant.parse("2026-08-31T12:00:00Z"), ZoneOffset.UTC))).isEqualTo(2025);
        assertThat(ProgrammeYears.current(Clock.fixed(Instant.parse("2026-09-01T12:00:00Z"), ZoneOffset.UTC))).isEqualTo(2026);
        assertThat(ProgrammeYears.offered(Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC)))
                .containsExactly(2026, 2025, 2024, 2023, 2022);
    }
}
