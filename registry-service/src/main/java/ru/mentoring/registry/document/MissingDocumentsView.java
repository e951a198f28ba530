package ru.mentoring.registry.document;

import java.util.List;
import java.util.Map;

/**
 * The coordinator's table: each school of the municipality against each required kind, and the school's active pairs
 * whose mentor (of this school) has no additional agreement uploaded.
 *
 * @param requiredKinds   the columns, in order
 * @param schools         by short name
 * @param schoolsLacking  schools missing at least one required kind
 */
record MissingDocumentsView(List<KindView> requiredKinds, List<SchoolRow> schools, int schoolsLacking) {

    record KindView(DocumentKind kind, String label) {
    }

    /**
     * @param documents             how many documents of each required kind the school has (zeroes included)
     * @param missing               the required kinds it has none of
     * @param activePairs           active pairs whose mentor is of this school
     * @param pairsWithoutAgreement of them, those without an additional agreement to the mentor's contract
     */
    record SchoolRow(String schoolCode, String shortName, Map<DocumentKind, Long> documents, List<DocumentKind> missing,
            long activePairs, long pairsWithoutAgreement) {
    }
}
