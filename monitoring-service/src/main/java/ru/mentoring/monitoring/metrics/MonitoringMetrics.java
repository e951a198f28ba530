package ru.mentoring.monitoring.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counters of the monitoring's outputs and inputs beyond questionnaires:
 * {@code monitoring.reports.generated{report, format}} and
 * {@code monitoring.competency.imports{outcome}} (with {@code monitoring.competency.scores{outcome}}
 * for the rows stored). The usual combinations exist from start-up, so a dashboard shows 0.
 */
@Component
public class MonitoringMetrics {

    public static final String REPORTS = "monitoring.reports.generated";
    public static final String IMPORTS = "monitoring.competency.imports";
    public static final String SCORES = "monitoring.competency.scores";

    private final MeterRegistry meters;

    MonitoringMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (String report : new String[] {"note", "export"}) {
            for (String format : new String[] {"docx", "pdf", "xlsx"}) {
                report(report, format);
            }
        }
        imports("accepted");
        imports("rejected");
        scores("inserted");
        scores("replaced");
    }

    public void reportGenerated(String report, String format) {
        report(report, format).increment();
    }

    public void importAccepted(long inserted, long replaced) {
        imports("accepted").increment();
        scores("inserted").increment(inserted);
        scores("replaced").increment(replaced);
    }

    public void importRejected() {
        imports("rejected").increment();
    }

    private Counter report(String report, String format) {
        return Counter.builder(REPORTS).description("Monitoring reports and exports generated")
                .tag("report", report).tag("format", format).register(meters);
    }

    private Counter imports(String outcome) {
        return Counter.builder(IMPORTS).description("Files of competency test scores loaded")
                .tag("outcome", outcome).register(meters);
    }

    private Counter scores(String outcome) {
        return Counter.builder(SCORES).description("Competency test scores stored by accepted files")
                .tag("outcome", outcome).register(meters);
    }
}
