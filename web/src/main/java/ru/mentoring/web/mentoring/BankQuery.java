package ru.mentoring.web.mentoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person asked of a bank: the registry's filters as typed, and the page (from 1 on screen,
 * from 0 at the registry). Anything unknown is dropped rather than refused.
 *
 * @param status FREE (свободен) or IN_PAIR (в паре)
 * @param young  "true", "false" or null (молодой специалист or not)
 */
public record BankQuery(String q, String school, String subject, String kind, String status, String young, int page) {

    static BankQuery of(String q, String school, String subject, String kind, String status, String young, Integer page) {
        return new BankQuery(MentoringService.blank(q), MentoringService.blank(school), MentoringService.blank(subject),
                oneOf(kind, "TEACHER", "STUDENT", "PARENT", "PARTNER"), oneOf(status, "FREE", "IN_PAIR"), oneOf(young, "true", "false"),
                page == null || page < 1 ? 1 : page);
    }

    MentoringService.Call call(String path, int size) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("school", school);
        p.put("subject", subject);
        p.put("role", kind);
        p.put("status", status);
        p.put("youngSpecialist", young);
        p.put("page", page - 1);
        p.put("size", size);
        return MentoringService.Call.of(path, p);
    }

    /** The same query on another page, for the pager's links. */
    public BankQuery onPage(int other) {
        return new BankQuery(q, school, subject, kind, status, young, other);
    }

    static String oneOf(String value, String... allowed) {
        if (value == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equals(value)) {
                return a;
            }
        }
        return null;
    }

    /** This query as the page's own query string (the names on screen, not the registry's). */
    public String link() {
        StringBuilder out = new StringBuilder();
        Links.add(out, "q", q);
        Links.add(out, "school", school);
        Links.add(out, "subject", subject);
        Links.add(out, "kind", kind);
        Links.add(out, "status", status);
        Links.add(out, "young", young);
        Links.add(out, "page", page > 1 ? String.valueOf(page) : null);
        return out.toString();
    }
}
