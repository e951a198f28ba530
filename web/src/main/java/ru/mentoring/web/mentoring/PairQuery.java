package ru.mentoring.web.mentoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pairs' filters: form of mentoring, stage (or only active / only ended), school; the page from 1.
 *
 * @param stage a status code, or "active" / "ended"
 */
public record PairQuery(String form, String stage, String school, int page) {

    static final String[] FORMS = {"TEACHER_TEACHER", "TEACHER_STUDENT", "STUDENT_STUDENT", "COLLEGE_STUDENT_STUDENT", "EMPLOYER_STUDENT"};

    static PairQuery of(String form, String stage, String school, Integer page) {
        String s = BankQuery.oneOf(stage, "active", "ended", "PREPARATORY", "DESIGN", "IMPLEMENTATION", "REFLECTIVE_ANALYTICAL",
                "RESULTATIVE", "COMPLETED", "TERMINATED");
        return new PairQuery(BankQuery.oneOf(form, FORMS), s, MentoringService.blank(school), page == null || page < 1 ? 1 : page);
    }

    MentoringService.Call call(int size) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("schoolCode", school);
        p.put("form", form);
        if ("active".equals(stage)) {
            p.put("active", true);
        } else if ("ended".equals(stage)) {
            p.put("active", false);
        } else {
            p.put("status", stage);
        }
        p.put("page", page - 1);
        p.put("size", size);
        return MentoringService.Call.of("/api/registry/pairs", p);
    }

    public PairQuery onPage(int other) {
        return new PairQuery(form, stage, school, other);
    }

    /** This query as the page's own query string (the names on screen, not the registry's). */
    public String link() {
        StringBuilder out = new StringBuilder();
        Links.add(out, "form", form);
        Links.add(out, "stage", stage);
        Links.add(out, "school", school);
        Links.add(out, "page", page > 1 ? String.valueOf(page) : null);
        return out.toString();
    }
}
