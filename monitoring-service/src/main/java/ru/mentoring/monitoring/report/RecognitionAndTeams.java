package ru.mentoring.monitoring.report;

import java.util.List;

import ru.mentoring.monitoring.registry.RegistryYear.Award;
import ru.mentoring.monitoring.registry.RegistryYear.ManagementLine;

/**
 * The registry's part of the note about the programme's people beyond the pairs: the mentors and pairs awarded for the
 * year (seed 003, «Механизмы мотивации и поощрения наставников») and the management teams and personnel reserve of the
 * low-result schools (seed 004). Awards name their people only for a reader who sees names (a coordinator, a school
 * administrator); a department viewer reads which school was awarded what.
 *
 * @param awardsUnavailable why the awards are not shown, or null
 * @param namesShown        whether the reader may read the awarded people's names
 * @param teamsUnavailable  why the teams are not shown, or null; the teams are the municipality note's only
 * @param lowResultSchools  the ШНОР schools of the year with their team and reserve counted
 */
record RecognitionAndTeams(String awardsUnavailable, List<Award> awards, boolean namesShown, String teamsUnavailable,
        List<ManagementLine> lowResultSchools) {

    static RecognitionAndTeams none() {
        return new RecognitionAndTeams(null, List.of(), false, null, List.of());
    }
}
