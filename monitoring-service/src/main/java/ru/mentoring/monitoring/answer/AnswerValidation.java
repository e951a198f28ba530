package ru.mentoring.monitoring.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ru.mentoring.monitoring.questionnaire.ItemType;
import ru.mentoring.monitoring.questionnaire.TemplateView;
import ru.mentoring.monitoring.questionnaire.TemplateView.ItemView;

/**
 * Checks a filled questionnaire against its template: plain Java, no framework. Every problem is
 * reported at once, named by the item key, so a person can fix the form in one go.
 */
final class AnswerValidation {

    /** An answer that passed: exactly one of the values is set, by the item's type. */
    record AcceptedAnswer(String itemKey, Integer scale, Boolean yesNo, String text) {
    }

    record Problem(String itemKey, String reason) {
    }

    record Outcome(List<AcceptedAnswer> accepted, List<Problem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    static final String REQUIRED = "Обязательный вопрос: дайте ответ";
    static final String UNKNOWN_ITEM = "В анкете нет такого вопроса";
    static final String TWICE = "Ответ на этот вопрос указан несколько раз";
    static final String NO_KEY = "Укажите ключ вопроса (itemKey)";
    static final String SCALE = "Оценка — целое число от " + ItemType.SCALE_MIN + " до " + ItemType.SCALE_MAX;
    static final String YES_NO = "Ответ — «да» или «нет» (true или false)";
    static final String FREQUENCY = "Выберите один из вариантов: " + String.join(", ", ItemType.FREQUENCY_OPTIONS);
    static final String TEXT = "Ответ должен быть текстом";
    static final String TOO_LONG = "Ответ не длиннее " + ItemType.FREE_TEXT_MAX_LENGTH + " символов";

    private AnswerValidation() {
    }

    static Outcome check(TemplateView template, List<AnswerRequest.Answer> answers) {
        Map<String, AcceptedAnswer> accepted = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerRequest.Answer answer = answers.get(i);
            if (answer == null || answer.itemKey() == null || answer.itemKey().isBlank()) {
                problems.add(new Problem("answers[" + i + "].itemKey", NO_KEY));
                continue;
            }
            String key = answer.itemKey();
            if (!seen.add(key)) {
                problems.add(new Problem(key, TWICE));
                accepted.remove(key);
                continue;
            }
            Optional<ItemView> item = template.item(key);
            if (item.isEmpty()) {
                problems.add(new Problem(key, UNKNOWN_ITEM));
                continue;
            }
            if (isBlank(answer.value())) {
                continue; // left empty: the required check below speaks for it
            }
            String reason = read(item.get(), answer.value(), accepted);
            if (reason != null) {
                problems.add(new Problem(key, reason));
            }
        }
        for (ItemView item : template.items()) {
            boolean answeredSomehow = accepted.containsKey(item.key())
                    || problems.stream().anyMatch(p -> p.itemKey().equals(item.key()));
            if (item.required() && !answeredSomehow) {
                problems.add(new Problem(item.key(), REQUIRED));
            }
        }
        problems.sort(Comparator.comparingInt(p -> template.item(p.itemKey()).map(ItemView::position).orElse(Integer.MAX_VALUE)));
        return new Outcome(List.copyOf(accepted.values()), problems);
    }

    /** Adds the answer when it fits the item; otherwise returns why not. */
    private static String read(ItemView item, Object value, Map<String, AcceptedAnswer> accepted) {
        String key = item.key();
        switch (item.type()) {
            case YES_NO -> {
                if (!(value instanceof Boolean b)) {
                    return YES_NO;
                }
                accepted.put(key, new AcceptedAnswer(key, null, b, null));
            }
            case SCALE_1_10 -> {
                Integer score = wholeNumber(value);
                if (score == null || score < ItemType.SCALE_MIN || score > ItemType.SCALE_MAX) {
                    return SCALE;
                }
                accepted.put(key, new AcceptedAnswer(key, score, null, null));
            }
            case FREQUENCY -> {
                Optional<String> option = value instanceof String s ? frequencyOption(s) : Optional.empty();
                if (option.isEmpty()) {
                    return FREQUENCY;
                }
                accepted.put(key, new AcceptedAnswer(key, null, null, option.get()));
            }
            case FREE_TEXT -> {
                if (!(value instanceof String s)) {
                    return TEXT;
                }
                String text = s.strip();
                if (text.length() > ItemType.FREE_TEXT_MAX_LENGTH) {
                    return TOO_LONG;
                }
                accepted.put(key, new AcceptedAnswer(key, null, null, text));
            }
        }
        return null;
    }

    /** 7 and 7.0 are the same score; 7.5, "7" and true are not scores. */
    private static Integer wholeNumber(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Number n && !(value instanceof Float || value instanceof Double)) {
            long l = n.longValue();
            return l == n.doubleValue() && Math.abs(l) < 1000 ? (int) l : null;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1000 ? (int) d : null;
        }
        return null;
    }

    /**
     * The option in its stored spelling. Case, spaces and the kind of dash are forgiven, as the seed
     * itself writes «1-2раза», «1-2 раза» and «1–2 раза» for the same option.
     */
    static Optional<String> frequencyOption(String given) {
        String wanted = comparable(given);
        return ItemType.FREQUENCY_OPTIONS.stream().filter(o -> comparable(o).equals(wanted)).findFirst();
    }

    private static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", "").replaceAll("[-‐‑‒—−]", "–");
    }

    private static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }
}
