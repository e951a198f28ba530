package ru.mentoring.index.data;

import java.util.List;

/** The two kinds of per-school yearly values, each in its own table. */
public enum ValueKind {
    /** Result indicators (domain 3.1): any real number. */
    INDICATOR("indicator", "indicator_value", "indicator_code", List.of("indicator_code"), "показателя", "показателей"),
    /** Context factors (domain 3.3): shares between 0 and 1; the header may name the code column either way. */
    CONTEXT("context", "context_value", "factor_code", List.of("factor_code", "indicator_code"), "фактора", "факторов");

    private final String tag;
    private final String table;
    private final String codeColumn;
    private final List<String> headerNames;
    private final String genitive;
    private final String genitivePlural;

    ValueKind(String tag, String table, String codeColumn, List<String> headerNames, String genitive, String genitivePlural) {
        this.tag = tag;
        this.table = table;
        this.codeColumn = codeColumn;
        this.headerNames = headerNames;
        this.genitive = genitive;
        this.genitivePlural = genitivePlural;
    }

    /** The metric tag: {@code indicator} or {@code context}. */
    String tag() {
        return tag;
    }

    String table() {
        return table;
    }

    String codeColumn() {
        return codeColumn;
    }

    List<String> headerNames() {
        return headerNames;
    }

    /** "показателя" / "фактора", for messages. */
    String genitive() {
        return genitive;
    }

    String genitivePlural() {
        return genitivePlural;
    }

    boolean isShare() {
        return this == CONTEXT;
    }
}
