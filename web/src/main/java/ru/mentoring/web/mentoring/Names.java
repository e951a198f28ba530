package ru.mentoring.web.mentoring;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** People's names and categories as the pages show them. */
final class Names {

    private Names() {
    }

    /** Фамилия Имя Отчество, skipping what is missing. */
    static String full(String last, String first, String middle) {
        return Stream.of(last, first, middle).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
