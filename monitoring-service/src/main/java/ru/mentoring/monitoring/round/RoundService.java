package ru.mentoring.monitoring.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.mentoring.monitoring.questionnaire.QuestionnaireService;
import ru.mentoring.monitoring.questionnaire.QuestionnaireTemplate;
import ru.mentoring.monitoring.questionnaire.RespondentRole;
import ru.mentoring.monitoring.questionnaire.TemplateView;
import ru.mentoring.monitoring.questionnaire.Stage;
import ru.mentoring.monitoring.registry.RegistryPairs;
import ru.mentoring.monitoring.registry.RegistryPairs.PeriodPair;
import ru.mentoring.monitoring.registry.SchoolDirectory;
import ru.mentoring.monitoring.round.RoundViews.CreatedRound;
import ru.mentoring.monitoring.round.RoundViews.Pending;
import ru.mentoring.monitoring.round.RoundViews.PersonalLink;
import ru.mentoring.monitoring.round.RoundViews.RespondentView;
import ru.mentoring.monitoring.round.RoundViews.RoundDetails;
import ru.mentoring.monitoring.round.RoundViews.RoundSummary;
import ru.mentoring.monitoring.web.ProgrammeYears;
import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.security.CallerScope;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;
import ru.mentoring.platform.web.NotFoundException;

/**
 * Rounds of a school. A school administrator works in their own school (the tenant filter holds
 * them there); a coordinator in the schools of their municipality, which the registry confirms.
 * Anything outside the caller's reach is "not found", so it leaves no trace.
 */
@Service
class RoundService {

    public static final String ANSWER_PATH = "/api/monitoring/public/answers/";

    private final RoundRepository rounds;
    private final RespondentRepository respondents;
    private final QuestionnaireService questionnaires;
    private final SchoolDirectory schools;
    private final RegistryPairs pairs;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RoundService(RoundRepository rounds, RespondentRepository respondents, QuestionnaireService questionnaires,
            SchoolDirectory schools, RegistryPairs pairs, EntityManager entityManager, PlatformTransactionManager transactions,
            Clock clock) {
        this.pairs = pairs;
        this.rounds = rounds;
        this.respondents = respondents;
        this.questionnaires = questionnaires;
        this.schools = schools;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Opens a round and makes one personal link per respondent; the tokens are in this answer only. */
    CreatedRound create(CallerIdentity caller, CreateRoundRequest request) {
        // the registry is asked before the transaction, so no connection waits on a remote call
        String municipality = municipalityOfWritableSchool(caller, request.schoolCode());
        TemplateView template = latestTemplate(request.templateCode());
        List<Asked> asked;
        MentoringForm form = request.form();
        String overrideReason = blankToNull(request.overrideReason());
        if (request.takesPairs()) {
            if (request.respondents() != null && !request.respondents().isEmpty()) {
                throw DomainRuleException.unprocessable("respondents",
                        "Опрос по парам реестра составляется из пар: не перечисляйте участников");
            }
            List<PeriodPair> pairs = pairsOfYear(request.schoolCode(), request.programmeYear());
            checkStages(pairs, template, overrideReason, caller.isCoordinator());
            asked = RoundsFromPairs.respondents(pairs, template.respondentRole());
            if (asked.isEmpty()) {
                throw DomainRuleException.unprocessable("fromPairs", "В реестре нет " + audience(template.respondentRole())
                        + " этой школы в парах " + request.programmeYear() + " года");
            }
            // the round's form: the one form of all its pairs, else none (each respondent carries their own)
            Set<MentoringForm> forms = new HashSet<>();
            asked.forEach(a -> forms.add(a.pair().form()));
            form = forms.size() == 1 ? forms.iterator().next() : null;
        } else {
            if (request.respondents() == null || request.respondents().isEmpty()) {
                throw DomainRuleException.unprocessable("respondents",
                        "Укажите хотя бы одного участника или откройте опрос по парам реестра");
            }
            checkRespondents(request.respondents(), template);
            asked = request.respondents().stream().map(r -> new Asked(r.participantId(), r.role(), r.pairId(), null)).toList();
            overrideReason = null;
        }
        MentoringForm roundForm = form;
        String reason = overrideReason;

        Instant opens = clock.instant();
        Instant closes = opens.plus(Duration.ofDays(request.validityDays()));
        return transaction.execute(status -> {
            QuestionnaireRound round = new QuestionnaireRound(request.schoolCode(), municipality, request.programmeYear(),
                    entityManager.getReference(QuestionnaireTemplate.class, template.id()), opens, closes, caller.username(),
                    roundForm, request.takesPairs(), reason);
            List<PersonalLink> links = new ArrayList<>(asked.size());
            for (Asked a : asked) {
                String token = PersonalLinkTokens.newToken();
                RoundRespondent respondent = round.ask(a.participantId(), a.role(), a.pairId(), a.pair(),
                        PersonalLinkTokens.hash(token));
                links.add(linkOf(respondent, token));
            }
            entityManager.persist(round); // persist, not save: the id is assigned, and save() would merge without cascading
            RoundSummary summary = new RoundSummary(round.getId(), round.getProgrammeYear(), round.getSchoolCode(),
                    round.getMunicipalityCode(), template.code(), template.version(), template.title(), opens, closes,
                    round.getCreatedBy(), links.size(), 0, round.getForm(), round.isFromPairs(), round.getOverrideReason());
            return new CreatedRound(summary, links);
        });
    }

    /** A person to ask: from the request, or from a pair of the registry (then with its form and model). */
    record Asked(UUID participantId, RespondentRole role, UUID pairId, RoundRespondent.PairOf pair) {
    }

    /** The pairs that ran at some time in programme year Y (01.09.Y–31.08.Y+1, {@link ProgrammeYears}). */
    private List<PeriodPair> pairsOfYear(String schoolCode, int year) {
        return pairs.ofSchool(schoolCode, ProgrammeYears.firstDay(year), ProgrammeYears.lastDay(year));
    }

    /**
     * An after-round asks what the programme gave: a pair still at its first stage (подготовительный)
     * has had none of it. Refused, unless the coordinator overrides with a reason.
     */
    private static void checkStages(List<PeriodPair> pairs, TemplateView template, String overrideReason,
            boolean coordinator) {
        if (template.stage() != Stage.AFTER) {
            return;
        }
        long atFirstStage = pairs.stream().filter(p -> RegistryPairs.FIRST_STAGE.equals(p.status())).count();
        if (atFirstStage == 0) {
            return;
        }
        if (!coordinator) {
            throw DomainRuleException.unprocessable("overrideReason", "Пар на подготовительном этапе: " + atFirstStage
                    + ". Итоговая анкета для них преждевременна; открыть опрос всё же может только координатор, указав причину");
        }
        if (overrideReason == null) {
            throw DomainRuleException.unprocessable("overrideReason", "Пар на подготовительном этапе: " + atFirstStage
                    + ". Итоговая анкета для них преждевременна; чтобы всё же открыть опрос, укажите причину");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Transactional(readOnly = true)
    RoundDetails details(CallerIdentity caller, UUID id) {
        QuestionnaireRound round = visibleRound(caller, id);
        Instant now = clock.instant();
        List<RespondentView> people = round.getRespondents().stream().map(r -> RespondentView.of(r, now)).toList();
        return new RoundDetails(summaryOf(round, people), people);
    }

    @Transactional(readOnly = true)
    Pending pending(CallerIdentity caller, UUID id) {
        RoundDetails details = details(caller, id);
        List<RespondentView> pending = details.respondents().stream()
                .filter(r -> r.status() != RoundViews.RespondentStatus.ANSWERED).toList();
        return new Pending(id, details.round().closesAt(), details.round().respondents(), details.round().answered(), pending);
    }

    @Transactional(readOnly = true)
    List<RoundSummary> list(CallerIdentity caller, String schoolCode, Integer programmeYear) {
        // rounds name people: the reach is the writer's, so a department viewer lists none
        List<QuestionnaireRound> found = switch (CallerScope.forWriting(caller)) {
            case CallerScope.Municipality m -> rounds.search(m.municipality(), schoolCode, programmeYear);
            case CallerScope.School own -> {
                if (schoolCode != null && !schoolCode.equals(own.schoolCode())) {
                    throw new NotFoundException("school", schoolCode);
                }
                yield rounds.search(null, own.schoolCode(), programmeYear);
            }
            default -> List.of();
        };
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, RoundRepository.Progress> progress = rounds.progressOf(found.stream().map(QuestionnaireRound::getId).toList())
                .stream().collect(Collectors.toMap(RoundRepository.Progress::getRoundId, Function.identity()));
        return found.stream().map(r -> {
            RoundRepository.Progress p = progress.get(r.getId());
            return summary(r, p == null ? 0 : p.getTotal(), p == null ? 0 : p.getAnswered());
        }).toList();
    }

    /** A new link for a respondent who has not answered (lost e-mail, wrong address); the old one stops working. */
    @Transactional
    PersonalLink reissue(CallerIdentity caller, UUID roundId, UUID respondentId) {
        QuestionnaireRound round = visibleRound(caller, roundId);
        RoundRespondent respondent = respondents.findById(respondentId)
                .filter(r -> r.getRound().getId().equals(round.getId()))
                .orElseThrow(() -> new NotFoundException("respondent", respondentId));
        if (respondent.hasAnswered()) {
            throw DomainRuleException.conflict("respondentId", "Участник уже ответил: новая ссылка не нужна");
        }
        if (!clock.instant().isBefore(round.getClosesAt())) {
            throw DomainRuleException.unprocessable("roundId", "Опрос закрыт: срок действия ссылок истёк");
        }
        String token = PersonalLinkTokens.newToken();
        respondent.replaceLink(PersonalLinkTokens.hash(token));
        return linkOf(respondent, token);
    }

    private QuestionnaireRound visibleRound(CallerIdentity caller, UUID id) {
        return rounds.findWithRespondentsById(id)
                .filter(r -> visible(caller, r))
                .orElseThrow(() -> new NotFoundException("round", id));
    }

    private static boolean visible(CallerIdentity caller, QuestionnaireRound round) {
        return switch (CallerScope.forWriting(caller)) {
            case CallerScope.Municipality m -> m.municipality().equals(round.getMunicipalityCode());
            case CallerScope.School own -> round.getSchoolCode().equals(own.schoolCode());
            default -> false;
        };
    }

    /**
     * The municipality the round is filed under: the coordinator's own (after the registry confirms
     * the school is in it), or the school administrator's from their token.
     */
    private String municipalityOfWritableSchool(CallerIdentity caller, String schoolCode) {
        switch (CallerScope.forWriting(caller)) {
            case CallerScope.Municipality m -> {
                String actual = schools.municipalityOf(schoolCode).orElseThrow(() -> new NotFoundException("school", schoolCode));
                if (!actual.equals(m.municipality())) {
                    throw new NotFoundException("school", schoolCode);
                }
                return actual;
            }
            case CallerScope.School own when schoolCode.equals(own.schoolCode()) -> {
                return own.municipality() != null ? own.municipality()
                        : schools.municipalityOf(schoolCode).orElseThrow(() -> new NotFoundException("school", schoolCode));
            }
            default -> {
                if (caller.isCoordinator()) {
                    throw new AccessDeniedException("coordinator token names no municipality");
                }
                throw new NotFoundException("school", schoolCode);
            }
        }
    }

    private TemplateView latestTemplate(String code) {
        try {
            return questionnaires.latest(code);
        } catch (NotFoundException e) {
            throw DomainRuleException.unprocessable("templateCode", "Нет анкеты с кодом «" + code + "»");
        }
    }

    private static void checkRespondents(List<CreateRoundRequest.Respondent> people, TemplateView template) {
        List<Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            CreateRoundRequest.Respondent r = people.get(i);
            if (!seen.add(r.participantId())) {
                violations.add(new Violation("respondents[" + i + "].participantId", "Участник указан в опросе дважды"));
            }
            if (r.role() != template.respondentRole()) {
                violations.add(new Violation("respondents[" + i + "].role", "Анкета «" + template.title() + "» ("
                        + template.code() + ") предназначена для " + audience(template.respondentRole())));
            }
        }
        if (!violations.isEmpty()) {
            throw new DomainRuleException(422, "Проверьте список участников опроса", violations);
        }
    }

    private static String audience(RespondentRole role) {
        return role == RespondentRole.MENTOR ? "наставников" : "наставляемых";
    }

    private static PersonalLink linkOf(RoundRespondent r, String token) {
        return new PersonalLink(r.getId(), r.getParticipantId(), r.getRole(), r.getPairId(), token, ANSWER_PATH + token,
                r.getExpiresAt());
    }

    private static RoundSummary summaryOf(QuestionnaireRound round, List<RespondentView> people) {
        long answered = people.stream().filter(p -> p.status() == RoundViews.RespondentStatus.ANSWERED).count();
        return summary(round, people.size(), answered);
    }

    private static RoundSummary summary(QuestionnaireRound r, long total, long answered) {
        QuestionnaireTemplate t = r.getTemplate();
        return new RoundSummary(r.getId(), r.getProgrammeYear(), r.getSchoolCode(), r.getMunicipalityCode(), t.getCode(),
                t.getVersion(), t.getTitle(), r.getOpensAt(), r.getClosesAt(), r.getCreatedBy(), total, answered, r.getForm(),
                r.isFromPairs(), r.getOverrideReason());
    }
}
