package ru.mentoring.web.mentoring;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/** Query strings of the section's own links (pager, sorting), each value encoded once. */
final class Links {

    private Links() {
    }

    static void add(StringBuilder out, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            out.append('&');
        }
        out.append(name).append('=').append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
    }
}
