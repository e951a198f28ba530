package ru.mentoring.web.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.mentoring.web.monitoring.MonitoringApi.Participant;
import ru.mentoring.web.monitoring.MonitoringApi.RespondentView;
import ru.mentoring.web.monitoring.MonitoringApi.RoundDetails;
import ru.mentoring.web.monitoring.MonitoringApi.RoundSummary;

/**
 * A round as its page shows it: who has not answered yet (with their personal link where this session
 * was given it, else a button to issue a new one) and how many have answered.
 *
 * @param pending  not answered yet (including expired links), by name
 * @param answered how many have answered
 */
public record RoundPage(RoundSummary round, String schoolName, List<Row> pending, long answered) {

    /**
     * @param link the questionnaire's address for this person, or null when this session does not have the token
     * @param qr   the link as an SVG QR code, or null
     */
    public record Row(UUID respondentId, String name, String role, String status, String link, String qr) {
    }

    /** A person the registry does not show (removed, or another school's): their place in the list, not an id. */
    static final String UNKNOWN = "участник не найден в реестре";

    static RoundPage of(RoundDetails details, String schoolName, Map<UUID, Participant> people,
            Map<UUID, IssuedLinks.Issued> issued, String questionnaireBase) {
        List<Row> rows = new ArrayList<>();
        long answered = 0;
        for (RespondentView r : details.respondents()) {
            if ("ANSWERED".equals(r.status())) {
                answered++;
                continue;
            }
            Participant p = people.get(r.participantId());
            IssuedLinks.Issued link = "PENDING".equals(r.status()) ? issued.get(r.id()) : null;
            String url = link == null ? null : questionnaireBase + link.token();
            String name = p == null ? UNKNOWN : p.fullName();
            rows.add(new Row(r.id(), name, r.role(), r.status(), url,
                    url != null ? QrCodes.svg(url, "QR-код ссылки: " + name) : null));
        }
        rows.sort(Comparator.comparing(Row::name));
        return new RoundPage(details.round(), schoolName, List.copyOf(rows), answered);
    }

    /** Pending people whose link this session does not have: a new one can be issued for them. */
    public long withoutLink() {
        return pending.stream().filter(r -> r.link() == null && "PENDING".equals(r.status())).count();
    }

    public List<Row> printable() {
        return pending.stream().filter(r -> r.link() != null).toList();
    }
}
