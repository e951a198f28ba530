package ru.mentoring.monitoring.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.mentoring.monitoring.figures.Available;
import ru.mentoring.monitoring.registry.RegistryYear.ModelLine;
import ru.mentoring.monitoring.registry.RegistryYear.PeopleLine;
import ru.mentoring.monitoring.registry.RegistryYear.SupportLine;
import ru.mentoring.monitoring.registry.RegistryYear.YearCounts;
import ru.mentoring.platform.privacy.SmallCells;

/**
 * The registry's side of the note for its period, as the note's reader may see it: pairs by form and
 * interaction model, people by form, role and category, and the forms of support the pairs'
 * programmes held.
 *
 * <p>Small counts: the registry answers exact counts to the service; the note applies the same rule
 * as the registry's own statistics for a department viewer (no count of 1–4, a lone small cell of a
 * line takes its complement with it, the line's total shown). Pairs are counted like people there,
 * since a pair of one school is two people who can be named. A coordinator and a school
 * administrator see the registry itself, so their note is exact. Programme events are titles a
 * curator wrote and may name a pupil or a teacher; a department viewer's note lists only titles that
 * at least the minimum number of pairs planned (common forms of work, not one pair's plan) and says
 * how many others were left out.
 *
 * @param unavailable        why the registry's pairs are not shown, or null
 * @param pairs              the pairs that ran in the period (null: hidden)
 * @param people             per form (its code) and over every form (form null)
 * @param supportUnavailable why the forms of support are not shown, or null
 * @param supportLeftOut     titles left out of a department viewer's note
 */
record RegistryYearSection(LocalDate from, LocalDate to, String unavailable, Long pairs, List<ModelRow> models,
        List<PeopleRow> people, String supportUnavailable, List<SupportRow> support, int supportLeftOut) {

    /** The one form whose mentees are teachers; every other form's mentees are pupils (students). */
    static final String TEACHERS_FORM = "TEACHER_TEACHER";

    record ModelRow(String form, String formLabel, String modelLabel, Long pairs) {
    }

    /** @param role MENTOR or MENTEE; {@code people} null when hidden */
    record PeopleRow(String form, String formLabel, String role, String kind, String kindLabel, Long people) {
    }

    record SupportRow(String title, Long pairs, long events, long done) {
    }

    static RegistryYearSection unavailable(LocalDate from, LocalDate to, String reason) {
        return new RegistryYearSection(from, to, reason, null, List.of(), List.of(), reason, List.of(), 0);
    }

    static RegistryYearSection of(LocalDate from, LocalDate to, Available<YearCounts> counts, Available<List<SupportLine>> support,
            SmallCells.Reader reader) {
        String unavailable = counts.present() ? null : counts.unavailable();
        Long pairs = null;
        List<ModelRow> models = new ArrayList<>();
        List<PeopleRow> people = new ArrayList<>();
        if (counts.present()) {
            YearCounts c = counts.value();
            pairs = reader.hides(c.pairs()) ? null : c.pairs();
            List<ModelLine> lines = c.models();
            boolean[] hide = reader.hideInLine(lines.stream().mapToLong(ModelLine::pairs).toArray());
            Map<String, String> formLabels = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                ModelLine m = lines.get(i);
                formLabels.put(m.form(), m.formLabel());
                models.add(new ModelRow(m.form(), m.formLabel(), m.interactionModelLabel(), hide[i] ? null : m.pairs()));
            }
            // each form's role is a line of categories; so is each role over every form
            Map<String, List<PeopleLine>> byLine = new LinkedHashMap<>();
            for (PeopleLine p : c.people()) {
                byLine.computeIfAbsent(p.form() + "|" + p.role(), k -> new ArrayList<>()).add(p);
            }
            for (List<PeopleLine> line : byLine.values()) {
                boolean[] hidden = reader.hideInLine(line.stream().mapToLong(PeopleLine::people).toArray());
                for (int i = 0; i < line.size(); i++) {
                    PeopleLine p = line.get(i);
                    people.add(new PeopleRow(p.form(), p.form() == null ? null : formLabels.getOrDefault(p.form(), p.form()),
                            p.role(), p.kind(), p.kindLabel(), hidden[i] ? null : p.people()));
                }
            }
        }
        List<SupportRow> rows = new ArrayList<>();
        int leftOut = 0;
        if (support.present()) {
            for (SupportLine s : support.value()) {
                if (reader.hides(s.pairs())) {
                    leftOut++;
                } else {
                    rows.add(new SupportRow(s.title(), s.pairs(), s.events(), s.done()));
                }
            }
        }
        return new RegistryYearSection(from, to, unavailable, pairs, List.copyOf(models), List.copyOf(people),
                support.present() ? null : support.unavailable(), List.copyOf(rows), leftOut);
    }

    /** The forms that ran, in the registry's order, with their labels. */
    List<ModelRow> forms(boolean teachers) {
        Map<String, ModelRow> forms = new LinkedHashMap<>();
        for (ModelRow m : models) {
            if (TEACHERS_FORM.equals(m.form()) == teachers) {
                forms.merge(m.form(), m, (a, b) -> new ModelRow(a.form(), a.formLabel(), null,
                        a.pairs() == null || b.pairs() == null ? null : a.pairs() + b.pairs()));
            }
        }
        return List.copyOf(forms.values());
    }

    List<ModelRow> models(boolean teachers) {
        return models.stream().filter(m -> TEACHERS_FORM.equals(m.form()) == teachers).toList();
    }

    /** Distinct mentees of a category over every form; empty when none; null people when hidden. */
    PeopleRow menteesOverall(String kind) {
        return people.stream().filter(p -> p.form() == null && "MENTEE".equals(p.role()) && kind.equals(p.kind())).findFirst()
                .orElse(null);
    }
}
