package ru.mentoring.monitoring.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.round.MentoringForm;
import ru.mentoring.platform.privacy.SmallCells;

/**
 * The personal assessment (личностная оценка) as the API and the reports show it: counts only, never
 * a person. A line with {@code suppressed: true} is over 1–4 people (or is the complement of one, see
 * {@link SmallCells}): its figures are null for a reader who does not get exact figures.
 */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    /**
     * @param satisfiedFrom       the joint-work threshold (answers of at least this count as satisfied)
     * @param resultSatisfiedFrom the result threshold
     */
    public record Assessment(int programmeYear, String municipalityCode, String schoolCode, MentoringForm form,
            int satisfiedFrom, int resultSatisfiedFrom, List<RoleTable> tables) {

        public RoleTable table(RespondentRole role) {
            return tables.stream().filter(t -> t.role() == role).findFirst().orElse(null);
        }

        /**
         * The same assessment with the tables of these roles hidden whole: a narrowed read (one school,
         * one form) whose total is a hidden line of the wider read's breakdown.
         */
        public Assessment withTablesHidden(Set<RespondentRole> roles) {
            return new Assessment(programmeYear, municipalityCode, schoolCode, form, satisfiedFrom, resultSatisfiedFrom,
                    tables.stream().map(t -> roles.contains(t.role()) ? t.hiddenWhole() : t).toList());
        }

        /** The assessment as this reader may see it: small cells and their complements hidden, or all exact. */
        public Assessment shownTo(SmallCells.Reader reader) {
            if (!reader.hidesSmallCells()) {
                return this;
            }
            return new Assessment(programmeYear, municipalityCode, schoolCode, form, satisfiedFrom, resultSatisfiedFrom,
                    tables.stream().map(t -> t.shownTo(reader)).toList());
        }
    }

    /**
     * One table of seed 004, appendix 2: «Личностная оценка наставляемых» or «... наставников».
     *
     * @param respondents                  «Всего участников»: people who answered the after form (once each)
     * @param satisfiedWithJointWork       «Довольны совместной работой»
     * @param satisfiedWithResult          «Довольны результатом»
     * @param characteristics              the table's rows: how many marked each characteristic («да»)
     * @param bySchool                     the same counts per school of the scope
     * @param byForm                       the same counts per form of mentoring (the respondent's pair's, else the round's)
     * @param byModel                      the same counts per interaction model of the respondent's pair (rounds
     *                                     opened from the registry's pairs; «модель не указана» for the others)
     * @param suppressed                   the respondents are 1–4: every figure of the table is null
     */
    public record RoleTable(RespondentRole role, String title, Long respondents, Long satisfiedWithJointWork,
            Double satisfiedWithJointWorkPercent, Long satisfiedWithResult, Double satisfiedWithResultPercent,
            List<Characteristic> characteristics, List<Breakdown> bySchool, List<Breakdown> byForm, List<Breakdown> byModel,
            boolean suppressed) {

        RoleTable shownTo(SmallCells.Reader reader) {
            boolean hide = reader.hides(respondents);
            return new RoleTable(role, title, reader.shown(respondents, hide), reader.shown(satisfiedWithJointWork, hide),
                    reader.shown(satisfiedWithJointWorkPercent, hide), reader.shown(satisfiedWithResult, hide),
                    reader.shown(satisfiedWithResultPercent, hide),
                    characteristics.stream().map(c -> hide || reader.hides(c.asked()) ? c.hidden() : c).toList(),
                    hidden(bySchool, reader), hidden(byForm, reader), hidden(byModel, reader), hide);
        }

        RoleTable hiddenWhole() {
            return new RoleTable(role, title, null, null, null, null, null,
                    characteristics.stream().map(Characteristic::hidden).toList(),
                    bySchool.stream().map(Breakdown::hidden).toList(), byForm.stream().map(Breakdown::hidden).toList(),
                    byModel.stream().map(Breakdown::hidden).toList(), true);
        }

        /** A breakdown whose total is shown above it: small lines and their complements hidden. */
        private static List<Breakdown> hidden(List<Breakdown> lines, SmallCells.Reader reader) {
            boolean[] hide = reader.hideInLine(lines.stream().mapToLong(Breakdown::respondents).toArray());
            List<Breakdown> shown = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                shown.add(hide[i] ? lines.get(i).hidden() : lines.get(i));
            }
            return shown;
        }
    }

    /**
     * @param asked   people whose version of the form asked it (an item added in a later version was not
     *                asked of those who answered an earlier one): the share's denominator
     * @param marked  people who marked the characteristic; hidden with the table's respondents, or when
     *                fewer than the minimum were asked
     * @param percent marked of asked
     */
    public record Characteristic(String itemKey, String characteristic, Long asked, Long marked, Double percent,
            boolean suppressed) {

        Characteristic hidden() {
            return new Characteristic(itemKey, characteristic, null, null, null, true);
        }
    }

    /**
     * @param key a school code, a form code or a model's label ({@code null}: rounds opened without a form
     *            or a model)
     */
    public record Breakdown(String key, String label, Long respondents, Long satisfiedWithJointWork,
            Double satisfiedWithJointWorkPercent, Long satisfiedWithResult, Double satisfiedWithResultPercent,
            boolean suppressed) {

        Breakdown hidden() {
            return new Breakdown(key, label, null, null, null, null, null, true);
        }
    }
}
