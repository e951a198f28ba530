package ru.mentoring.web.mentoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.mentoring.web.mentoring.MentoringApi.Programme;

/**
 * A programme as typed: goals and difficulties one per line, the plan as rows; an empty row is left
 * out. The row numbers the registry names ({@code events[2].date}) are those of the rows sent, so
 * the page keeps the rows' positions: {@link #sentIndex} maps them back.
 */
public record ProgrammeForm(String goals, String difficulties, List<Row> events) {

    /** Blank rows offered under the plan for new events. */
    static final int NEW_ROWS = 3;

    /** @param done a checkbox: absent when not ticked */
    public record Row(String id, String date, String event, String expectedResult, Boolean done) {

        public Row {
            done = Boolean.TRUE.equals(done);
        }

        boolean empty() {
            return blank(date) && blank(event) && blank(expectedResult);
        }
    }

    public ProgrammeForm {
        events = events == null ? List.of() : events.stream().map(r -> r == null ? new Row(null, null, null, null, false) : r).toList();
    }

    static ProgrammeForm of(Programme p) {
        List<Row> rows = new java.util.ArrayList<>(p.events().stream()
                .map(e -> new Row(e.id() == null ? null : e.id().toString(), e.date() == null ? null : e.date().toString(), e.event(),
                        e.expectedResult(), e.done()))
                .toList());
        return new ProgrammeForm(String.join("\n", p.goals()), String.join("\n", p.difficulties()), rows).withBlankRows();
    }

    ProgrammeForm withBlankRows() {
        List<Row> rows = new java.util.ArrayList<>(events);
        long blanks = rows.stream().filter(Row::empty).count();
        for (long i = blanks; i < NEW_ROWS; i++) {
            rows.add(new Row(null, null, null, null, false));
        }
        return new ProgrammeForm(goals, difficulties, rows);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("goals", lines(goals));
        body.put("difficulties", lines(difficulties));
        body.put("events", events.stream().filter(r -> !r.empty()).map(r -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("date", MentoringService.blank(r.date()));
            e.put("event", MentoringService.blank(r.event()));
            e.put("expectedResult", MentoringService.blank(r.expectedResult()));
            e.put("done", r.done());
            return e;
        }).toList());
        return body;
    }

    /** The position in what was sent of the row shown at {@code shown}, or -1 for an empty row. */
    public int sentIndex(int shown) {
        if (shown >= events.size() || events.get(shown).empty()) {
            return -1;
        }
        int sent = 0;
        for (int i = 0; i < shown; i++) {
            if (!events.get(i).empty()) {
                sent++;
            }
        }
        return sent;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
