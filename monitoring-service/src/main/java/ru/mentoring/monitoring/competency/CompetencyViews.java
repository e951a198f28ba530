package ru.mentoring.monitoring.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import ru.mentoring.platform.privacy.SmallCells;

/** Competency test scores as the API shows them: counts and means, never a teacher's score. */
public final class CompetencyViews {

    private CompetencyViews() {
    }

    /** An accepted file: every row stored; a row of a teacher, year and stage already stored replaced the old score. */
    public record UploadReport(UUID uploadId, long rowsRead, long inserted, long replaced, List<String> schools,
            List<Integer> programmeYears) {
    }

    /**
     * @param paired     teachers with a score before and after
     * @param meanBefore mean score before, over the paired teachers
     * @param meanAfter  mean score after, over the paired teachers
     * @param risePercent (meanAfter − meanBefore) / meanBefore, percent; null without pairs or with a zero mean before
     * @param suppressed  one of the three counts is 1–4 (or the line is the complement of such a school's):
     *                    every figure is null for a reader without exact figures
     */
    public record Figures(String schoolCode, Long teachersBefore, Long teachersAfter, Long paired, Double meanBefore,
            Double meanAfter, Double risePercent, boolean suppressed) {

        public Figures(String schoolCode, long teachersBefore, long teachersAfter, long paired, Double meanBefore,
                Double meanAfter, Double risePercent) {
            this(schoolCode, teachersBefore, teachersAfter, paired, meanBefore, meanAfter, risePercent, false);
        }

        /** The smallest non-zero of the line's counts (0 when all are zero): the line is small when this is. */
        long fewestPeople() {
            return LongStream.of(teachersBefore, teachersAfter, paired).filter(n -> n > 0).min().orElse(0);
        }

        Figures hidden() {
            return new Figures(schoolCode, null, null, null, null, null, null, true);
        }
    }

    public record Summary(int programmeYear, String municipalityCode, String schoolCode, Figures total,
            List<Figures> bySchool) {

        /** Every line and the total hidden. */
        public Summary hiddenWhole() {
            return new Summary(programmeYear, municipalityCode, schoolCode, total.hidden(),
                    bySchool.stream().map(Figures::hidden).toList());
        }

        /** The summary as this reader may see it: small lines, their complements and a small total hidden. */
        public Summary shownTo(SmallCells.Reader reader) {
            if (!reader.hidesSmallCells()) {
                return this;
            }
            boolean[] hide = reader.hideInLine(bySchool.stream().mapToLong(Figures::fewestPeople).toArray());
            List<Figures> lines = new ArrayList<>(bySchool.size());
            for (int i = 0; i < bySchool.size(); i++) {
                lines.add(hide[i] ? bySchool.get(i).hidden() : bySchool.get(i));
            }
            return new Summary(programmeYear, municipalityCode, schoolCode,
                    reader.hides(total.fewestPeople()) ? total.hidden() : total, lines);
        }
    }
}
