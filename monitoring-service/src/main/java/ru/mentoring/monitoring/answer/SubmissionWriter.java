package ru.mentoring.monitoring.answer;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.monitoring.round.PersonalLinks;

/** Stores a checked submission and uses up its link in one transaction: both or neither. */
@Component
class SubmissionWriter {

    private final PersonalLinks links;
    private final EntityManager entityManager;

    SubmissionWriter(PersonalLinks links, EntityManager entityManager) {
        this.links = links;
        this.entityManager = entityManager;
    }

    /** @return the stored submission, or null when the link was used (or expired) meanwhile */
    @Transactional
    public QuestionnaireSubmission store(PersonalLinks.Link link, List<AnswerValidation.AcceptedAnswer> answers, Instant now) {
        if (!links.claim(link.respondentId(), now)) {
            return null;
        }
        QuestionnaireSubmission submission = new QuestionnaireSubmission(link.schoolCode(), link.respondentId(),
                link.roundId(), link.templateId(), now);
        answers.forEach(a -> submission.answer(a.itemKey(), a.scale(), a.yesNo(), a.text()));
        entityManager.persist(submission);
        return submission;
    }
}
