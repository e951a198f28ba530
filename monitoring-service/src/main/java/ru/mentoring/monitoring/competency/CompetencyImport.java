package ru.mentoring.monitoring.competency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import ru.mentoring.monitoring.questionnaire.Stage;
import ru.mentoring.monitoring.web.ProgrammeYears;
import ru.mentoring.platform.upload.RowError;

/**
 * Checks a file of competency scores, row by row, with no framework: every problem of every row is
 * reported at once, so the coordinator fixes the file in one go. Columns (header names, any
 * order, case ignored; Russian names accepted):
 * {@code participant_id} or {@code teacher_key}, {@code school_code}, {@code programme_year},
 * {@code stage} ({@code BEFORE}/{@code AFTER}, «до»/«после»), {@code score} (decimal point or comma).
 */
final class CompetencyImport {

    record Score(long line, String schoolCode, int programmeYear, String teacherKey, String stage, BigDecimal score) {
    }

    record Outcome(List<Score> scores, List<RowError> errors, long rowsRead, long rejectedRows) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    static final BigDecimal MAX_SCORE = new BigDecimal("1000");

    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        alias("participant_id", "participant_id", "participantid", "id участника", "участник");
        alias("teacher_key", "teacher_key", "teacherkey", "teacher", "ключ педагога", "педагог", "код педагога");
        alias("school_code", "school_code", "schoolcode", "код школы", "школа", "код оо");
        alias("programme_year", "programme_year", "programmeyear", "year", "год", "год программы");
        alias("stage", "stage", "этап");
        alias("score", "score", "балл", "баллы", "результат");
    }

    private static void alias(String column, String... names) {
        for (String n : names) {
            COLUMNS.put(n, column);
        }
    }

    private CompetencyImport() {
    }

    /**
     * @param municipalityOf the municipality of a registered school, empty when the registry does not know it
     * @param municipality   the coordinator's municipality: every row's school must lie in it
     */
    static Outcome check(UploadedRows rows, String municipality, Function<String, Optional<String>> municipalityOf) {
        Map<String, Integer> index = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < rows.header().size(); i++) {
            String column = COLUMNS.get(rows.header().get(i).strip().toLowerCase(Locale.ROOT));
            if (column != null && index.putIfAbsent(column, i) != null) {
                errors.add(new RowError(1, rows.header().get(i), "Столбец указан дважды"));
            }
        }
        if (!index.containsKey("participant_id") && !index.containsKey("teacher_key")) {
            errors.add(new RowError(1, "participant_id", "Нет столбца participant_id или teacher_key (ключ педагога)"));
        }
        for (String required : List.of("school_code", "programme_year", "stage", "score")) {
            if (!index.containsKey(required)) {
                errors.add(new RowError(1, required, "Нет столбца " + required));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), errors, rows.lines().size(), 0);
        }
        if (rows.lines().isEmpty()) {
            return new Outcome(List.of(), List.of(new RowError(2, "file", "В файле нет строк с баллами")), 0, 0);
        }

        Map<String, Optional<String>> schools = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        List<Score> scores = new ArrayList<>();
        long rejected = 0;
        for (UploadedRows.Line line : rows.lines()) {
            int before = errors.size();
            long n = line.number();

            String teacher = teacherKey(line, index, errors);
            String school = line.cell(index.get("school_code"));
            if (school.isEmpty()) {
                errors.add(new RowError(n, "school_code", "Укажите код школы"));
            } else if (school.length() > 64) {
                errors.add(new RowError(n, "school_code", "Код школы не длиннее 64 символов"));
            } else {
                Optional<String> m = schools.computeIfAbsent(school, municipalityOf);
                if (m.isEmpty() || !m.get().equals(municipality)) {
                    errors.add(new RowError(n, "school_code", "Школа «" + school + "» не найдена среди школ вашего муниципалитета"));
                }
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
            BigDecimal score = score(line.cell(index.get("score")));
            if (score == null) {
                errors.add(new RowError(n, "score", "Балл — число от 0 до 1000 (не больше двух знаков после запятой)"));
            }
            if (errors.size() == before) {
                String key = school + "|" + year + "|" + teacher + "|" + stage;
                Long first = seen.putIfAbsent(key, n);
                if (first != null) {
                    errors.add(new RowError(n, teacherColumn(index), "Балл этого педагога за этот год и этап уже указан в строке " + first));
                } else {
                    scores.add(new Score(n, school, year, teacher, stage, score));
                }
            }
            if (errors.size() > before) {
                rejected++;
            }
        }
        return new Outcome(errors.isEmpty() ? scores : List.of(), errors, rows.lines().size(), rejected);
    }

    private static String teacherColumn(Map<String, Integer> index) {
        return index.containsKey("participant_id") ? "participant_id" : "teacher_key";
    }

    private static String teacherKey(UploadedRows.Line line, Map<String, Integer> index, List<RowError> errors) {
        String participant = index.containsKey("participant_id") ? line.cell(index.get("participant_id")) : "";
        String key = index.containsKey("teacher_key") ? line.cell(index.get("teacher_key")) : "";
        if (!participant.isEmpty()) {
            try {
                return UUID.fromString(participant).toString();
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line.number(), "participant_id", "participant_id — идентификатор участника из реестра (UUID)"));
                return null;
            }
        }
        if (key.isEmpty()) {
            errors.add(new RowError(line.number(), teacherColumn(index), "Укажите участника (participant_id) или ключ педагога (teacher_key)"));
            return null;
        }
        if (key.length() > 100) {
            errors.add(new RowError(line.number(), "teacher_key", "Ключ педагога не длиннее 100 символов"));
            return null;
        }
        return key;
    }



    private static BigDecimal score(String s) {
        try {
            BigDecimal v = new BigDecimal(s.strip().replace(',', '.').replace("\u00a0", "").replace(" ", ""));
            if (v.signum() < 0 || v.compareTo(MAX_SCORE) > 0 || v.stripTrailingZeros().scale() > 2) {
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
