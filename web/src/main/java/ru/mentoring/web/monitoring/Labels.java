package ru.mentoring.web.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

import ru.mentoring.web.shell.Formats;

/**
 * Russian words for monitoring's codes (forms of mentoring, roles, respondents' states, stages). Templates
 * call it as {@code ${@monitoringLabels.form(code)}}. The forms' words are monitoring-service's
 * ({@code MentoringForm}), the registry's too.
 */
@org.springframework.stereotype.Component("monitoringLabels")
public class Labels {

    /** What a cell hidden for the department viewer reads (the service's {@code suppressed: true}). */
    public static final String SMALL_CELL = "<5";

    private final Formats formats;

    public Labels(Formats formats) {
        this.formats = formats;
    }

    /** A figure as shown: «<5» where the service hid it, a dash where there is none, else with a decimal comma. */
    public String cell(Number value, boolean suppressed, int digits) {
        return suppressed ? SMALL_CELL : formats.number(value, digits);
    }

    /** A Wilcoxon p-value: three decimals, or «< 0,001». */
    public String pValue(Double p, boolean suppressed) {
        if (suppressed) {
            return SMALL_CELL;
        }
        if (p == null) {
            return "—";
        }
        return p < 0.001 ? "< 0,001" : formats.number(p, 3);
    }

    /** The Wilcoxon result in words. */
    public String significance(Boolean significant, Double p, boolean suppressed) {
        if (suppressed) {
            return "не показывается (менее 5 человек)";
        }
        if (p == null || significant == null) {
            return "оценки не изменились";
        }
        return significant ? "изменение статистически значимо" : "изменение статистически не значимо";
    }

    /** A programme target's short name for a column head (the full wording is the service's title). */
    public String targetShort(String code, String title) {
        return switch (code == null ? "" : code) {
            case "LOW_RESULT_SCHOOL_TEACHERS_AS_MENTEES" -> "Педагоги ШНОР — наставляемые";
            case "TEACHERS_AS_MENTORS" -> "Педагоги — наставники";
            case "MENTEE_SATISFACTION" -> "Удовлетворённость наставляемых";
            case "MENTOR_SATISFACTION" -> "Удовлетворённость наставников";
            case "LOW_RESULT_SCHOOLS_DECLINE" -> "Снижение числа ШНОР";
            case "LOW_RESULT_SCHOOLS_PROGRAMME_DECLINE" -> "Снижение ШНОР к первому году программы";
            case "COMPETENCY_RISE" -> "Рост компетенций";
            case "LEARNERS_MARKS_RISE" -> "Успеваемость обучающихся";
            case "LEARNERS_CLUBS_RISE" -> "Посещаемость кружков и секций";
            case "LEARNERS_REGISTER_FALL" -> "Обучающиеся на учёте";
            default -> title;
        };
    }

    /** Whether a programme target is met, in words. */
    public String met(Boolean met) {
        return met == null ? "нет данных" : met ? "выполнено" : "не выполнено";
    }

    static final Map<String, String> FORMS = ordered(
            "TEACHER_TEACHER", "педагог – педагог",
            "TEACHER_STUDENT", "учитель – ученик",
            "STUDENT_STUDENT", "ученик – ученик",
            "COLLEGE_STUDENT_STUDENT", "студент – ученик",
            "EMPLOYER_STUDENT", "работодатель – ученик/студент");

    public Map<String, String> forms() {
        return FORMS;
    }

    public String form(String code) {
        return code == null ? "форма не указана" : FORMS.getOrDefault(code, code);
    }

    public String role(String code) {
        if (code == null) {
            return "—";
        }
        return switch (code) {
            case "MENTOR" -> "наставник";
            case "MENTEE" -> "наставляемый";
            default -> code;
        };
    }

    public String stage(String code) {
        if (code == null) {
            return "—";
        }
        return switch (code) {
            case "BEFORE" -> "до участия в программе";
            case "AFTER" -> "после участия в программе";
            default -> code;
        };
    }

    public String respondentStatus(String code) {
        if (code == null) {
            return "—";
        }
        return switch (code) {
            case "ANSWERED" -> "ответил";
            case "PENDING" -> "ещё не ответил";
            case "EXPIRED" -> "срок ссылки истёк";
            default -> code;
        };
    }

    /** The programme year as a school year: 2025 → «2025/2026». */
    public String year(int programmeYear) {
        return programmeYear + "/" + (programmeYear + 1);
    }

    static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
