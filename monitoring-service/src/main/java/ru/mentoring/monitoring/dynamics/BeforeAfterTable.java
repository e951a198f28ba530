package ru.mentoring.monitoring.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ru.mentoring.monitoring.dynamics.DynamicsViews.ContextItem;
import ru.mentoring.monitoring.dynamics.DynamicsViews.ItemDynamics;
import ru.mentoring.monitoring.dynamics.DynamicsViews.RoleDynamics;
import ru.mentoring.monitoring.questionnaire.Comparison;
import ru.mentoring.monitoring.questionnaire.ItemType;
import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.questionnaire.TemplateView;
import ru.mentoring.monitoring.stats.PairedChange;
import ru.mentoring.monitoring.stats.Percent;

/**
 * One role's dynamics table from the people counted per (item, score before, score after), plain
 * Java. An after item whose partner measures the same thing ({@link Comparison#CHANGE}) is a change,
 * tested with {@link PairedChange}; one whose partner asks how important it is
 * ({@link Comparison#CONTEXT}) is shown beside it as two means, never as a change.
 */
final class BeforeAfterTable {

    /** A (score before, score after, people) count of one item. */
    record Count(int before, int after, int people) {
    }

    private BeforeAfterTable() {
    }

    /**
     * @param scores counts per after item key; an item the after template no longer has is a change
     * @param after  the role's after template (null: none), whose items say how each pair compares
     * @param before the role's before template (null: none), for the before wording
     */
    static RoleDynamics table(RespondentRole role, String title, long people, Map<String, List<Count>> scores,
            TemplateView after, TemplateView before) {
        List<String> keys = new ArrayList<>();
        if (after != null) {
            after.items().stream().filter(i -> i.type() == ItemType.SCALE_1_10 && i.pairedItemKey() != null)
                    .forEach(i -> keys.add(i.key()));
        }
        scores.keySet().stream().filter(k -> !keys.contains(k)).sorted().forEach(keys::add);
        List<ItemDynamics> items = new ArrayList<>();
        List<ContextItem> context = new ArrayList<>();
        for (String key : keys) {
            TemplateView.ItemView item = after == null ? null : after.item(key).orElse(null);
            String text = item == null ? key : item.text();
            String pairedKey = item == null ? key : item.pairedItemKey();
            String beforeText = before == null ? null : before.item(pairedKey).map(TemplateView.ItemView::text).orElse(null);
            List<Count> counts = scores.getOrDefault(key, List.of());
            if (item != null && item.comparison() == Comparison.CONTEXT) {
                context.add(context(key, text, beforeText, counts));
            } else {
                items.add(change(key, text, beforeText, counts));
            }
        }
        return new RoleDynamics(role, title, people, items, context);
    }

    static ItemDynamics change(String key, String text, String beforeText, List<Count> counts) {
        int n = counts.stream().mapToInt(Count::people).sum();
        double[] before = new double[n];
        double[] after = new double[n];
        int i = 0;
        for (Count c : counts) {
            for (int k = 0; k < c.people(); k++, i++) {
                before[i] = c.before();
                after[i] = c.after();
            }
        }
        PairedChange.Result r = PairedChange.of(before, after);
        return new ItemDynamics(key, text, beforeText, r.pairs(), round(r.meanBefore()), round(r.meanAfter()),
                round(r.change()), r.improved(), Percent.of(r.improved(), r.pairs()), r.unchanged(), r.worsened(),
                r.pValue(), r.method(), r.significant(), false);
    }

    static ContextItem context(String key, String text, String beforeText, List<Count> counts) {
        int n = 0;
        long importance = 0;
        long after = 0;
        for (Count c : counts) {
            n += c.people();
            importance += (long) c.before() * c.people();
            after += (long) c.after() * c.people();
        }
        return new ContextItem(key, text, beforeText, n, n == 0 ? null : round((double) importance / n),
                n == 0 ? null : round((double) after / n), false);
    }

    private static Double round(Double value) {
        return value == null ? null : Percent.round2(value);
    }
}
