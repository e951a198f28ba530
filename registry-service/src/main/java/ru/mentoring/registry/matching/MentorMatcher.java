package ru.mentoring.registry.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ranks mentors for a mentee's request. Plain Java, no Spring: the rule is read and tested here.
 *
 * <h2>The rule</h2>
 * Points are added per criterion; every criterion that applies gives a reason in Russian.
 * <ol>
 *   <li><b>Same subject</b> (+40): the mentor teaches the request's subject or has a topic in it.
 *       A methodical request without a subject skips this criterion.</li>
 *   <li><b>Topic fits the difficulty</b> (+30): one of the mentor's topics (in the request's subject,
 *       or any topic for a request without a subject) shares a word with the request's text — words
 *       of four letters or more, compared by their first five letters, so that «параметрами» meets
 *       «параметров», and abbreviations such as ОГЭ, ЕГЭ, ВПР; words too general to tell one
 *       difficulty from another («задачи», «урок», «работа», «подготовка», ...) do not count.
 *       Otherwise a topic in the same subject still gives +10.</li>
 *   <li><b>Mentor's school classified effective or stably high</b> (+20) by the index service, when
 *       a classification is available. Without one the criterion is left out for everyone, and the
 *       answer says so.</li>
 *   <li><b>Current load</b>: no active pair as a mentor +15, one +10, two +5, three or more 0.</li>
 *   <li><b>Same school as the mentee</b> +5 (easier to meet; a tie-breaker only, since the district
 *       centre pairs across schools on purpose); another school gives a reason, no points.</li>
 * </ol>
 * Ties: fewer active pairs first, then more years of experience, then name, then id. People without
 * a consent in force are ranked like everyone else, with a reason saying that a consent is needed
 * before a pair can be formed.
 */
final class MentorMatcher {

    public static final int SAME_SUBJECT = 40;
    public static final int TOPIC_FITS = 30;
    public static final int TOPIC_IN_SUBJECT = 10;
    public static final int EFFECTIVE_SCHOOL = 20;
    public static final int SAME_SCHOOL = 5;

    /** The statuses of the index service that mark a school whose mentors are preferred. */
    public static final Set<String> PREFERRED_STATUSES = Set.of("EFFECTIVE", "STABLY_HIGH");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Stems of words that appear in almost every difficulty and topic, so they match nothing. */
    private static final Set<String> GENERAL = Set.of("задач", "урок", "уроки", "уроко", "работ", "обуче", "учени", "учащ",
            "знани", "умени", "навык", "испыт", "трудн", "затру", "получ", "подго", "котор", "этого", "также", "очень",
            "нужно", "могут", "пробл", "вопро", "детей", "класс", "предм", "тема", "темы", "через", "after");

    /** What the mentee asks about. {@code subject} may be null for a methodical difficulty. */
    public record Need(boolean methodical, String subject, String text, String schoolCode) {
    }

    public record Topic(String subject, String topic) {
    }

    /**
     * A possible mentor.
     *
     * @param schoolStatuses the school's statuses from the classification; ignored when none is known
     */
    public record Candidate(UUID id, String sortName, String schoolCode, List<String> subjects, List<Topic> topics,
            int activePairs, Integer experienceYears, boolean consentInForce, Set<String> schoolStatuses) {

        public Candidate {
            subjects = List.copyOf(subjects);
            topics = List.copyOf(topics);
            schoolStatuses = schoolStatuses == null ? Set.of() : Set.copyOf(schoolStatuses);
        }
    }

    public record Suggestion(Candidate candidate, int score, List<String> reasons) {
    }

    private MentorMatcher() {
    }

    /**
     * @param classificationKnown whether the schools' statuses came from the index service; when
     *                            false, no one gets or loses points for their school's status
     */
    static List<Suggestion> rank(Need need, List<Candidate> candidates, boolean classificationKnown) {
        List<Suggestion> out = new ArrayList<>();
        for (Candidate c : candidates) {
            out.add(score(need, c, classificationKnown));
        }
        out.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparingInt(s -> s.candidate().activePairs())
                .thenComparing(s -> s.candidate().experienceYears() == null ? 0 : s.candidate().experienceYears(),
                        Comparator.reverseOrder())
                .thenComparing(s -> Objects.requireNonNullElse(s.candidate().sortName(), ""))
                .thenComparing(s -> s.candidate().id()));
        return out;
    }

    static Suggestion score(Need need, Candidate c, boolean classificationKnown) {
        int score = 0;
        List<String> reasons = new ArrayList<>();
        String subject = normal(need.subject());

        if (subject != null) {
            boolean teaches = c.subjects().stream().anyMatch(s -> subject.equals(normal(s)));
            boolean topicInSubject = c.topics().stream().anyMatch(t -> subject.equals(normal(t.subject())));
            if (teaches || topicInSubject) {
                score += SAME_SUBJECT;
                reasons.add(teaches ? "преподаёт предмет «" + need.subject().strip() + "»"
                        : "есть тема наставничества по предмету «" + need.subject().strip() + "»");
            }
        }

        Set<String> wanted = stems(need.text());
        Topic fitting = null;
        boolean anyInSubject = false;
        for (Topic t : c.topics()) {
            boolean inScope = subject == null || subject.equals(normal(t.subject()));
            if (!inScope) {
                continue;
            }
            anyInSubject = true;
            Set<String> offered = stems(t.topic());
            offered.retainAll(wanted);
            if (!offered.isEmpty()) {
                fitting = t;
                break;
            }
        }
        if (fitting != null) {
            score += TOPIC_FITS;
            reasons.add("тема «" + fitting.topic() + "» отвечает на затруднение");
        } else if (anyInSubject && subject != null) {
            score += TOPIC_IN_SUBJECT;
            reasons.add("есть темы по предмету, но не по этому затруднению");
        }

        if (classificationKnown) {
            if (c.schoolStatuses().contains("EFFECTIVE")) {
                score += EFFECTIVE_SCHOOL;
                reasons.add("школа наставника — эффективная");
            } else if (c.schoolStatuses().contains("STABLY_HIGH")) {
                score += EFFECTIVE_SCHOOL;
                reasons.add("школа наставника — со стабильно высокими результатами");
            }
        }

        int load = c.activePairs();
        if (load == 0) {
            score += 15;
            reasons.add("свободен: нет активных пар");
        } else if (load == 1) {
            score += 10;
            reasons.add("одна активная пара");
        } else if (load == 2) {
            score += 5;
            reasons.add("две активные пары");
        } else {
            reasons.add("высокая нагрузка: активных пар — " + load);
        }

        if (need.schoolCode() != null && need.schoolCode().equals(c.schoolCode())) {
            score += SAME_SCHOOL;
            reasons.add("та же школа, что у наставляемого");
        } else {
            reasons.add("другая школа");
        }
        if (!c.consentInForce()) {
            reasons.add("нет действующего согласия: нужно до формирования пары");
        }
        return new Suggestion(c, score, List.copyOf(reasons));
    }

    /**
     * Words of four letters or more cut to their first five letters (a crude stem for Russian), and
     * upper-case abbreviations of three letters or more (ОГЭ, ЕГЭ, ВПР, ФГОС); general words left out.
     */
    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        var m = WORD.matcher(text.replace('ё', 'е').replace('Ё', 'Е'));
        while (m.find()) {
            String word = m.group();
            String w = word.toLowerCase(Locale.ROOT);
            boolean abbreviation = word.length() >= 3 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.chars().allMatch(Character::isDigit);
            if (w.length() >= 4 || abbreviation) {
                String stem = w.length() > 5 ? w.substring(0, 5) : w;
                if (!GENERAL.contains(stem)) {
                    out.add(stem);
                }
            }
        }
        return out;
    }

    private static String normal(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
