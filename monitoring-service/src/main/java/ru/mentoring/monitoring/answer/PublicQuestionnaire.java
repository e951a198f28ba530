package ru.mentoring.monitoring.answer;

import java.time.Instant;
import java.util.List;

import ru.mentoring.monitoring.questionnaire.ItemType;
import ru.mentoring.monitoring.questionnaire.TemplateView;

/** The form behind a personal link: the questions only, nothing about the person or the school. */
record PublicQuestionnaire(String templateCode, int templateVersion, String title, String subtitle,
        String instruction, int programmeYear, Instant expiresAt, List<Item> items) {

    public record Item(String key, int position, String text, ItemType type, boolean required, List<String> options) {
    }

    static PublicQuestionnaire of(TemplateView t, int programmeYear, Instant expiresAt) {
        return new PublicQuestionnaire(t.code(), t.version(), t.title(), t.subtitle(), t.instruction(), programmeYear,
                expiresAt, t.items().stream()
                        .map(i -> new Item(i.key(), i.position(), i.text(), i.type(), i.required(), i.options()))
                        .toList());
    }
}
