package ru.mentoring.index.classification;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import ru.mentoring.index.methodology.ClassificationResult;
import ru.mentoring.index.methodology.Classifier;
import ru.mentoring.index.methodology.CohortData;
import ru.mentoring.index.methodology.MethodologyVersion;
import ru.mentoring.index.methodology.SchoolResult;
import ru.mentoring.index.methodology.SchoolStatus;

/** The pure library's {@link Classifier}, its result turned into rows and JSON to store. */
@Component
class LibraryClassifier implements CohortClassifier {

    private final JsonMapper json;

    LibraryClassifier(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Classification classify(MethodologyVersion methodology, CohortData cohort, int year) {
        ClassificationResult result = Classifier.classify(methodology, cohort, year);
        List<ComputedSchool> schools = result.schools().stream().map(this::row).toList();
        return new Classification(schools, json.writeValueAsString(summary(methodology, result)));
    }

    private ComputedSchool row(SchoolResult s) {
        return new ComputedSchool(s.schoolCode(), s.ior(), s.iorQuartile(), s.isbsh(), s.isbshQuartile(),
                s.statuses().stream().map(Enum::name).toList(), CompactJson.write(s.explanation()));
    }

    /** The cohort-wide numbers a reader needs to check any school's line; key order is fixed. */
    private static Map<String, Object> summary(MethodologyVersion methodology, ClassificationResult r) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("year", r.year());
        summary.put("methodologyVersion", r.methodologyVersion());
        summary.put("isbshMode", methodology.isbshMode().name());
        summary.put("schools", r.schools().size());
        summary.put("schoolsWithIor", r.schools().stream().filter(s -> s.ior() != null).count());
        summary.put("schoolsWithIsbsh", r.schools().stream().filter(s -> s.isbsh() != null).count());
        Map<String, Object> iorBoundaries = new LinkedHashMap<>();
        r.iorBoundaries().forEach((year, b) -> iorBoundaries.put(String.valueOf(year), b));
        summary.put("iorBoundaries", iorBoundaries);
        summary.put("isbshBoundaries", r.isbshBoundaries());
        summary.put("meanIor", r.meanIor());
        Map<SchoolStatus, Long> counts = new EnumMap<>(SchoolStatus.class);
        for (SchoolStatus status : SchoolStatus.values()) {
            counts.put(status, r.count(status));
        }
        summary.put("statusCounts", counts);
        // regression mode: the fitted weights, p-values and R² of year Y; null with fixed weights
        summary.put("regression", r.regression());
        summary.put("notes", r.notes());
        return summary;
    }
}
