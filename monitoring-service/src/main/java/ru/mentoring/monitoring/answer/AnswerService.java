package ru.mentoring.monitoring.answer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import ru.mentoring.monitoring.questionnaire.QuestionnaireService;
import ru.mentoring.monitoring.questionnaire.TemplateView;
import ru.mentoring.monitoring.round.PersonalLinks;
import ru.mentoring.platform.tenant.TenantContext;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;

/**
 * Answering through a personal link, without an account. The link is the only credential: unknown
 * is 404, used or expired is 410, and nothing is stored unless the whole form is valid.
 */
@Service
class AnswerService {

    static final String LINK_UNKNOWN = "Ссылка не найдена. Проверьте адрес или обратитесь к куратору программы.";
    static final String LINK_USED = "Ссылка уже использована: анкета по ней уже заполнена.";
    static final String LINK_EXPIRED = "Срок действия ссылки истёк. Обратитесь к куратору программы за новой ссылкой.";

    private final PersonalLinks links;
    private final QuestionnaireService questionnaires;
    private final SubmissionWriter writer;
    private final SubmissionMetrics metrics;
    private final Clock clock;

    AnswerService(PersonalLinks links, QuestionnaireService questionnaires, SubmissionWriter writer,
            SubmissionMetrics metrics, Clock clock) {
        this.links = links;
        this.questionnaires = questionnaires;
        this.writer = writer;
        this.metrics = metrics;
        this.clock = clock;
    }

    PublicQuestionnaire form(String token) {
        PersonalLinks.Link link = usableLink(token, clock.instant());
        return PublicQuestionnaire.of(questionnaires.byId(link.templateId()), link.programmeYear(), link.expiresAt());
    }

    SubmissionReceipt submit(String token, AnswerRequest request) {
        Instant now = clock.instant();
        PersonalLinks.Link link = links.find(token).orElseThrow(() -> linkProblem(404, LINK_UNKNOWN));
        try {
            checkUsable(link, now);
            TemplateView template = questionnaires.byId(link.templateId());
            AnswerValidation.Outcome outcome = AnswerValidation.check(template, request.answers());
            if (!outcome.valid()) {
                throw new DomainRuleException(422, "Анкета заполнена с ошибками: исправьте отмеченные ответы.",
                        outcome.problems().stream().map(p -> new Violation(p.itemKey(), p.reason())).toList());
            }
            // the answers belong to the school that asked: store them as that tenant
            QuestionnaireSubmission stored = TenantContext.callAs(link.schoolCode(),
                    () -> writer.store(link, outcome.accepted(), now));
            if (stored == null) {
                // another submission with this link won the race (or the link expired meanwhile)
                throw linkProblem(410, now.isBefore(link.expiresAt()) ? LINK_USED : LINK_EXPIRED);
            }
            metrics.accepted(link.templateCode());
            return new SubmissionReceipt(stored.getSubmittedAt(), outcome.accepted().size(), "Спасибо! Ваши ответы сохранены.");
        } catch (DomainRuleException e) {
            metrics.rejected(link.templateCode());
            throw e;
        }
    }

    private PersonalLinks.Link usableLink(String token, Instant now) {
        PersonalLinks.Link link = links.find(token).orElseThrow(() -> linkProblem(404, LINK_UNKNOWN));
        checkUsable(link, now);
        return link;
    }

    private static void checkUsable(PersonalLinks.Link link, Instant now) {
        if (link.used()) {
            throw linkProblem(410, LINK_USED);
        }
        if (link.expiredAt(now)) {
            throw linkProblem(410, LINK_EXPIRED);
        }
    }

    private static DomainRuleException linkProblem(int status, String reason) {
        return new DomainRuleException(status, reason, List.of(new Violation("token", reason)));
    }
}
