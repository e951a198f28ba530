package ru.mentoring.monitoring.questionnaire;

import java.util.List;
import java.util.Optional;

/** A template version with its questions, as the API shows it and as answers are checked against. */
public record TemplateView(long id, String code, int version, String title, String subtitle, RespondentRole respondentRole,
        Stage stage, String pairedTemplateCode, String instruction, List<ItemView> items) {

    /** @param comparison how the item compares with its before partner (after items with a partner; else null) */
    public record ItemView(String key, int position, String text, ItemType type, boolean required, List<String> options,
            String pairedItemKey, String characteristic, Comparison comparison) {

        /** An item that is compared as a change when it has a partner. */
        public ItemView(String key, int position, String text, ItemType type, boolean required, List<String> options,
                String pairedItemKey, String characteristic) {
            this(key, position, text, type, required, options, pairedItemKey, characteristic,
                    pairedItemKey == null ? null : Comparison.CHANGE);
        }

        static ItemView of(QuestionnaireItem i) {
            return new ItemView(i.getItemKey(), i.getPosition(), i.getText(), i.getType(), i.isRequired(),
                    i.getType().options(), i.getPairedItemKey(), i.getCharacteristic(), i.getComparison());
        }
    }

    static TemplateView of(QuestionnaireTemplate t) {
        return new TemplateView(t.getId(), t.getCode(), t.getVersion(), t.getTitle(), t.getSubtitle(), t.getRespondentRole(),
                t.getStage(), t.getPairedTemplateCode(), t.getInstruction(),
                t.getItems().stream().map(ItemView::of).toList());
    }

    public Optional<ItemView> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }
}
