package ru.mentoring.web.mentoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import ru.mentoring.web.mentoring.MentoringApi.Member;
import ru.mentoring.web.mentoring.MentoringApi.Pair;

/**
 * Several mentors for one mentee (seed 001: «за наставляемым может быть закреплено несколько наставников»): of a
 * mentee's active pairs of one form, one mentor leads («ведущий наставник»). What the pair page and the pairs list
 * show of it; the rule itself (who leads, who may hand the lead on) is the registry's. Public for the templates.
 */
public final class LeadMentors {

    private LeadMentors() {
    }

    /** One of a mentee's mentors: the pair they are in together, whether they lead, whether it is the pair on screen. */
    public record MentorOf(UUID pairId, Member mentor, boolean lead, boolean here) {
    }

    /** A mentee of the pair on screen with their several mentors of its form, the lead first. */
    public record Mentee(Member mentee, List<MentorOf> mentors) {

        public boolean hereLeads() {
            return mentors.stream().anyMatch(m -> m.here() && m.lead());
        }

        /** The lead pair has ended and nobody has been chosen since (the registry does not choose by itself). */
        public boolean noLead() {
            return mentors.stream().noneMatch(MentorOf::lead);
        }
    }

    /**
     * The mentees of an active {@code pair} who have more than one mentor of its form, each with those mentors, from the
     * mentee's active pairs as the person may read them. Another school's mentee (no id in a cross-school pair) is left out.
     */
    static List<Mentee> of(Pair pair, Function<UUID, List<Pair>> activePairsOf) {
        if (!pair.active()) {
            return List.of();
        }
        List<Mentee> out = new ArrayList<>();
        for (Member mentee : pair.mentees()) {
            if (mentee.participantId() == null) {
                continue;
            }
            List<MentorOf> mentors = new ArrayList<>();
            for (Pair p : activePairsOf.apply(mentee.participantId())) {
                if (p.active() && pair.form().equals(p.form()) && !p.id().equals(pair.id())) {
                    p.mentees().stream().filter(m -> mentee.participantId().equals(m.participantId())).findFirst()
                            .ifPresent(m -> mentors.add(new MentorOf(p.id(), p.mentor(), m.leads(), false)));
                }
            }
            if (!mentors.isEmpty()) {
                mentors.add(new MentorOf(pair.id(), pair.mentor(), mentee.leads(), true));
                mentors.sort(Comparator.comparing((MentorOf m) -> !m.lead()).thenComparing(m -> !m.here()));
                out.add(new Mentee(mentee, List.copyOf(mentors)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The pairs list's marks next to a mentor, by pair id: «ведущий наставник» or «не ведущий наставник» for a mentee
     * with several mentors of the form. The registry says so of each mentee ({@link Member#severalMentors()}, counted
     * over all their active pairs, whatever page they are on). Where it does not say, the page is all there is: a mentee
     * is then known to have several when their mentor is not the lead, or when the page shows them in two active pairs
     * of one form.
     */
    static Map<UUID, String> marks(List<Pair> page) {
        Map<String, Integer> rows = new HashMap<>();
        Set<String> several = new HashSet<>();
        for (Pair p : page) {
            if (p.active()) {
                for (Member m : p.mentees()) {
                    if (m.participantId() != null) {
                        String key = m.participantId() + "/" + p.form();
                        boolean onThisPage = rows.merge(key, 1, Integer::sum) > 1 || Boolean.FALSE.equals(m.leadMentor());
                        if (m.severalMentors() != null ? m.severalMentors() : onThisPage) {
                            several.add(key);
                        }
                    }
                }
            }
        }
        Map<UUID, String> marks = new LinkedHashMap<>();
        for (Pair p : page) {
            if (!p.active()) {
                continue;
            }
            List<Member> known = p.mentees().stream()
                    .filter(m -> m.participantId() != null && several.contains(m.participantId() + "/" + p.form())).toList();
            List<Member> led = known.stream().filter(Member::leads).toList();
            if (known.isEmpty()) {
                continue;
            }
            if (p.mentees().size() == 1) {
                marks.put(p.id(), led.isEmpty() ? "не ведущий наставник" : "ведущий наставник");
            } else if (!led.isEmpty()) {
                marks.put(p.id(), "ведущий наставник для: " + String.join(", ", led.stream().map(Member::fullName).toList()));
            }
        }
        return marks;
    }
}
