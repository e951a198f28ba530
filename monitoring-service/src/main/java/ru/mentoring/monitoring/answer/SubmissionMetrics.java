package ru.mentoring.monitoring.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.mentoring.monitoring.questionnaire.QuestionnaireService;

/**
 * {@code monitoring.questionnaire.submissions{template, outcome}}. Every template's counters exist
 * from start-up, so a dashboard shows 0 rather than no data before the first answer.
 */
@Component
class SubmissionMetrics {

    static final String NAME = "monitoring.questionnaire.submissions";

    private final MeterRegistry meters;
    private final QuestionnaireService questionnaires;

    SubmissionMetrics(MeterRegistry meters, QuestionnaireService questionnaires) {
        this.meters = meters;
        this.questionnaires = questionnaires;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerEveryTemplate() {
        questionnaires.codes().forEach(code -> {
            counter(code, "accepted");
            counter(code, "rejected");
        });
    }

    void accepted(String templateCode) {
        counter(templateCode, "accepted").increment();
    }

    void rejected(String templateCode) {
        counter(templateCode, "rejected").increment();
    }

    private Counter counter(String templateCode, String outcome) {
        return Counter.builder(NAME)
                .description("Questionnaires submitted through personal links")
                .tag("template", templateCode)
                .tag("outcome", outcome)
                .register(meters);
    }
}
