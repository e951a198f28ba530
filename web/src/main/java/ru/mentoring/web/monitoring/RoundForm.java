package ru.mentoring.web.monitoring;

import java.util.List;
import java.util.UUID;

/**
 * The round-opening form as typed (numbers kept as text, so a wrong one is shown back as typed).
 *
 * @param participants the registry's ids of the people ticked; each is asked in the questionnaire's role
 */
public record RoundForm(String programmeYear, String schoolCode, String templateCode, String validityDays, String form,
        List<UUID> participants) {

    public RoundForm {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    static RoundForm empty(int year, String schoolCode) {
        return new RoundForm(String.valueOf(year), schoolCode, null, "30", null, List.of());
    }

    /** The body of monitoring's {@code POST /api/monitoring/rounds}; a number that is not one is sent as none. */
    record Request(Integer programmeYear, String schoolCode, String templateCode, Integer validityDays,
            List<Respondent> respondents, String form) {
    }

    record Respondent(UUID participantId, String role) {
    }

    Request request(String role) {
        return new Request(number(programmeYear), blankToNull(schoolCode), blankToNull(templateCode), number(validityDays),
                participants.stream().map(p -> new Respondent(p, role)).toList(), blankToNull(form));
    }

    public boolean ticked(UUID participant) {
        return participants.contains(participant);
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
