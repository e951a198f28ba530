package ru.mentoring.web.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Russian words for monitoring's codes (forms of mentoring, roles, respondents' states, stages). Templates
 * call it as {@code ${@monitoringLabels.form(code)}}. The forms' words are monitoring-service's
 * ({@code MentoringForm}), the registry's too.
 */
@org.springframework.stereotype.Component("monitoringLabels")
public class Labels {

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
