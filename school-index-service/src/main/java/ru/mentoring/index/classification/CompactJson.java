package ru.mentoring.index.classification;

import java.util.List;
import java.util.Map;

/**
 * The explanation's map of maps written as JSON text the way the service's Jackson mapper writes it
 * (no spaces, keys in map order, doubles by {@link Double#toString}, control characters escaped, all
 * else as is), without Jackson's per-value type lookups: a run writes 40,000 of them, and through
 * Jackson that was the largest share of the computation's time after the numbers themselves.
 * {@code CompactJsonTest} holds it to Jackson's output on the benchmark's cohort.
 */
final class CompactJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CompactJson() {
    }

    static String write(Map<String, ?> map) {
        StringBuilder out = new StringBuilder(1536);
        value(out, map);
        return out.toString();
    }

    private static void value(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(out, s);
            case Double d -> out.append(Double.toString(d));
            case Float f -> out.append(Float.toString(f));
            case Integer i -> out.append(i.intValue());
            case Long l -> out.append(l.longValue());
            case Short s -> out.append(s.shortValue());
            case Boolean b -> out.append(b.booleanValue());
            case Enum<?> e -> string(out, e.name());
            case Map<?, ?> m -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(out, String.valueOf(e.getKey()));
                    out.append(':');
                    value(out, e.getValue());
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    value(out, list.get(i));
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                switch (c) {
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
