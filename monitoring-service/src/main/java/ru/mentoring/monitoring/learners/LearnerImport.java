package ru.mentoring.monitoring.learners;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import ru.mentoring.monitoring.questionnaire.Stage;
import ru.mentoring.monitoring.web.ProgrammeYears;
import ru.mentoring.platform.upload.RowError;

/**
 * Checks a file of learners' indicators row by row, with no framework and no I/O: every problem of
 * every row is reported at once. Columns (header names, any order, case ignored; Russian names
 * accepted): {@code participant_id} (the mentee's id in the registry), {@code school_code} (may be
 * left out by a school administrator: their school), {@code programme_year}, {@code stage}
 * ({@code BEFORE}/{@code AFTER}, «до»/«после»), {@code average_mark} (1 to 5, decimal point or comma),
 * {@code absences} (lessons missed), {@code on_register} and {@code in_club} («да»/«нет»). Other
 * columns (a name, a class) are ignored: the school may keep them for itself.
 *
 * <p>Whether the school is the caller's and the person a mentee of a pupil form there is asked
 * through {@link Checks}, so this class stays plain.
 */
final class LearnerImport {

    /** One checked row; {@code form} is the registry's form of the mentee's pair. */
    record Row(long line, String schoolCode, int programmeYear, UUID participantId, String form, String stage,
            BigDecimal averageMark, int absences, boolean onRegister, boolean inClub) {
    }

    record Outcome(List<Row> rows, List<RowError> errors, long rowsRead, long rejectedRows) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** What only the services know: the caller's schools and the registry's mentees. */
    interface Checks {

        /** Whether the caller may load this school's data (their own school, or a school of their municipality). */
        boolean mayWrite(String schoolCode);

        /** The form of the person's pupil-mentee pair at the school in the year; null when they are no such mentee. */
        String menteeForm(String schoolCode, int programmeYear, UUID participantId);
    }

    static final int MAX_ABSENCES = 10_000;

    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        alias("participant_id", "participant_id", "participantid", "id участника", "участник", "id наставляемого");
        alias("school_code", "school_code", "schoolcode", "код школы", "школа", "код оо");
        alias("programme_year", "programme_year", "programmeyear", "year", "год", "год программы");
        alias("stage", "stage", "этап", "момент");
        alias("average_mark", "average_mark", "averagemark", "mark", "средний балл", "средняя отметка");
        alias("absences", "absences", "пропуски", "пропущено уроков", "пропуски уроков");
        alias("on_register", "on_register", "onregister", "на учёте", "на учете", "учёт", "учет");
        alias("in_club", "in_club", "inclub", "club", "кружок", "кружки", "посещает кружок");
    }

    private static void alias(String column, String... names) {
        for (String n : names) {
            COLUMNS.put(n, column);
        }
    }

    private LearnerImport() {
    }

    /**
     * @param ownSchool the school a file without {@code school_code} is about (a school administrator's);
     *                  null when the column is required (a coordinator)
     */
    static Outcome check(List<String> header, List<Line> lines, String ownSchool, Checks checks) {
        Map<String, Integer> index = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = COLUMNS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (column != null && index.putIfAbsent(column, i) != null) {
                errors.add(new RowError(1, header.get(i), "Столбец указан дважды"));
            }
        }
        for (String required : List.of("participant_id", "school_code", "programme_year", "stage", "average_mark",
                "absences", "on_register", "in_club")) {
            if (!index.containsKey(required) && !(required.equals("school_code") && ownSchool != null)) {
                errors.add(new RowError(1, required, "Нет столбца " + required));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), errors, lines.size(), 0);
        }
        if (lines.isEmpty()) {
            return new Outcome(List.of(), List.of(new RowError(2, "file", "В файле нет строк с показателями")), 0, 0);
        }
        Map<String, Boolean> schools = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        long rejected = 0;
        for (Line line : lines) {
            int before = errors.size();
            long n = line.number();
            UUID participant = participant(line.cell(index.get("participant_id")));
            if (participant == null) {
                errors.add(new RowError(n, "participant_id", "Укажите идентификатор наставляемого из реестра (participant_id)"));
            }
            String school = index.containsKey("school_code") ? line.cell(index.get("school_code")) : ownSchool;
            boolean schoolOk = false;
            if (school == null || school.isEmpty()) {
                errors.add(new RowError(n, "school_code", "Укажите код школы"));
            } else if (school.length() > 64) {
                errors.add(new RowError(n, "school_code", "Код школы не длиннее 64 символов"));
            } else if (!schools.computeIfAbsent(school, checks::mayWrite)) {
                errors.add(new RowError(n, "school_code", "Школа «" + school + "» не найдена среди ваших школ"));
            } else {
                schoolOk = true;
            }
            Integer year = ProgrammeYears.read(line.cell(index.get("programme_year")));
            if (year == null) {
                errors.add(new RowError(n, "programme_year", "Год программы — целое число от 2000 до 2100"));
            }
            Stage read = Stage.read(line.cell(index.get("stage")));
            String stage = read == null ? null : read.name();
            if (stage == null) {
                errors.add(new RowError(n, "stage", "Этап — BEFORE (до программы) или AFTER (после программы)"));
            }
            BigDecimal mark = mark(line.cell(index.get("average_mark")));
            if (mark == null) {
                errors.add(new RowError(n, "average_mark", "Средний балл — число от 1 до 5 (не больше двух знаков после запятой)"));
            }
            Integer absences = absences(line.cell(index.get("absences")));
            if (absences == null) {
                errors.add(new RowError(n, "absences", "Пропуски — целое число уроков от 0 до " + MAX_ABSENCES));
            }
            Boolean register = yesNo(line.cell(index.get("on_register")));
            if (register == null) {
                errors.add(new RowError(n, "on_register", "На учёте — «да» или «нет»"));
            }
            Boolean club = yesNo(line.cell(index.get("in_club")));
            if (club == null) {
                errors.add(new RowError(n, "in_club", "Посещает кружок — «да» или «нет»"));
            }
            String form = null;
            if (participant != null && schoolOk && year != null) {
                form = checks.menteeForm(school, year, participant);
                if (form == null) {
                    errors.add(new RowError(n, "participant_id", "Участник не наставляемый в паре формы «ученик – ученик», "
                            + "«учитель – ученик» или «студент/работодатель – ученик» школы «" + school + "» в " + year + " году"));
                }
            }
            if (errors.size() == before) {
                Long first = seen.putIfAbsent(school + "|" + year + "|" + participant + "|" + stage, n);
                if (first != null) {
                    errors.add(new RowError(n, "participant_id", "Показатели этого наставляемого за этот год и этап уже указаны в строке " + first));
                } else {
                    rows.add(new Row(n, school, year, participant, form, stage, mark, absences, register, club));
                }
            }
            if (errors.size() > before) {
                rejected++;
            }
        }
        return new Outcome(errors.isEmpty() ? rows : List.of(), errors, lines.size(), rejected);
    }

    /** A data line of the file and the line a person finds it at (the header is line 1). */
    record Line(long number, List<String> cells) {

        String cell(int column) {
            return column < 0 || column >= cells.size() || cells.get(column) == null ? "" : cells.get(column).strip();
        }
    }

    private static UUID participant(String s) {
        try {
            return s.isEmpty() ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }



    private static BigDecimal mark(String s) {
        try {
            BigDecimal v = new BigDecimal(s.replace(',', '.').replace("\u00a0", "").replace(" ", ""));
            if (v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(5)) > 0 || v.stripTrailingZeros().scale() > 2) {
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer absences(String s) {
        try {
            int v = Integer.parseInt(s.replace("\u00a0", "").replace(" ", ""));
            return v >= 0 && v <= MAX_ABSENCES ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Boolean yesNo(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "да", "yes", "true", "1", "+", "д" -> Boolean.TRUE;
            case "нет", "no", "false", "0", "-", "н" -> Boolean.FALSE;
            default -> null;
        };
    }
}
