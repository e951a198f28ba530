package ru.mentoring.registry.own;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.mentoring.platform.security.CallerIdentity;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.DomainRuleException.Violation;
import ru.mentoring.platform.web.NotFoundException;
import ru.mentoring.registry.audit.AuditLog;
import ru.mentoring.registry.audit.AuditRecord;
import ru.mentoring.registry.audit.Changes;
import ru.mentoring.registry.own.OwnViews.ProposalView;
import ru.mentoring.registry.own.OwnViews.ReportView;
import ru.mentoring.registry.pair.MentoringPair;
import ru.mentoring.registry.pair.PairAccess;
import ru.mentoring.registry.pair.PairJournal;

/**
 * The mentor's stage reports and the mentees' proposals: written by the pair's members in their own
 * accounts, read by them and by whoever reaches the pair (the curator, the coordinator).
 */
@Service
class OwnContributions {

    private final StageReportRepository reports;
    private final ProgrammeProposalRepository proposals;
    private final PairAccess access;
    private final PairJournal journal;
    private final AuditLog audit;

    OwnContributions(StageReportRepository reports, ProgrammeProposalRepository proposals, PairAccess access, PairJournal journal,
            AuditLog audit) {
        this.reports = reports;
        this.proposals = proposals;
        this.access = access;
        this.journal = journal;
        this.audit = audit;
    }

    /** The mentor's report on the pair's current stage; a second one in the same stage replaces the first. */
    @Transactional
    ReportView writeReport(CallerIdentity caller, UUID pairId, String text) {
        MentoringPair pair = access.ofMember(caller, pairId);
        if (!pair.isMentor(caller.participantId())) {
            throw new DomainRuleException(403, "Отчёт пишет наставник пары", List.of(new Violation("text", "Отчёт пишет наставник пары")));
        }
        if (!pair.getStatus().isActive()) {
            throw DomainRuleException.conflict("status", "Пара завершена или прекращена: отчёт не принимается");
        }
        StageReport report = reports.findByPairIdAndStage(pairId, pair.getStatus())
                .orElseGet(() -> new StageReport(pairId, pair.getStatus()));
        String before = report.getText();
        report.write(text.strip(), caller.participantId(), caller.username());
        reports.saveAndFlush(report);
        journal.note(pair, caller, "STAGE_REPORT_WRITTEN", null, null, "Отчёт наставника за этап «" + pair.getStatus().label()
                + "»" + (before == null ? " написан" : " обновлён"));
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "STAGE_REPORT", report.getId(), "STAGE_REPORT_WRITTEN",
                Changes.of().field("stage", null, pair.getStatus().label()).field("reportText", before, report.getText())));
        return ReportView.of(report);
    }

    @Transactional
    ProposalView propose(CallerIdentity caller, UUID pairId, String text) {
        MentoringPair pair = access.ofMember(caller, pairId);
        if (pair.isMentor(caller.participantId())) {
            throw new DomainRuleException(403, "Предложения к программе вносит наставляемый",
                    List.of(new Violation("text", "Предложения к программе вносит наставляемый")));
        }
        if (!pair.getStatus().isActive()) {
            throw DomainRuleException.conflict("status", "Пара завершена или прекращена: программа не меняется");
        }
        ProgrammeProposal proposal = proposals.saveAndFlush(new ProgrammeProposal(pairId, caller.participantId(), text.strip(),
                caller.username()));
        journal.note(pair, caller, "PROGRAMME_PROPOSAL_MADE", null, null, "Предложение наставляемого к программе");
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "PROGRAMME_PROPOSAL", proposal.getId(),
                "PROGRAMME_PROPOSAL_MADE", Changes.of().created("proposalText", proposal.getText())));
        return ProposalView.of(proposal);
    }

    /**
     * The curator's decision on a proposal, as on a replacement or relief request: whoever may change
     * the pair (the school administrator for an in-school pair, the coordinator for any of theirs).
     */
    @Transactional
    ProposalView decide(CallerIdentity caller, UUID pairId, UUID proposalId, boolean accept, String note) {
        MentoringPair pair = access.writable(caller, pairId);
        ProgrammeProposal proposal = proposals.findById(proposalId).filter(p -> p.getPairId().equals(pairId))
                .orElseThrow(() -> new NotFoundException("programme proposal", proposalId));
        if (proposal.getStatus() != ProposalStatus.PENDING) {
            throw DomainRuleException.conflict("accept", "Решение по предложению уже принято: «" + proposal.getStatus().label() + "»");
        }
        if (!pair.getStatus().isActive()) {
            throw DomainRuleException.conflict("status", "Пара завершена или прекращена: программа не меняется");
        }
        String comment = note == null || note.isBlank() ? null : note.strip();
        proposal.decide(accept ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED, caller.username(), comment);
        proposals.saveAndFlush(proposal);
        journal.note(pair, caller, "PROGRAMME_PROPOSAL_DECIDED", null, null, "Предложение наставляемого к программе "
                + proposal.getStatus().label() + (comment == null ? "" : " (" + comment + ")"));
        audit.record(AuditRecord.of(pair.getMunicipalityCode(), pair.schools(), "PROGRAMME_PROPOSAL", proposal.getId(),
                "PROGRAMME_PROPOSAL_DECIDED", Changes.of().field("status", ProposalStatus.PENDING, proposal.getStatus())
                        .field("decisionNote", null, comment)));
        return ProposalView.of(proposal);
    }

    @Transactional(readOnly = true)
    List<ReportView> ownReports(CallerIdentity caller, UUID pairId) {
        return reports.findByPairIdOrderByWrittenAtAsc(access.ofMember(caller, pairId).getId()).stream().map(ReportView::of).toList();
    }

    @Transactional(readOnly = true)
    List<ProposalView> ownProposals(CallerIdentity caller, UUID pairId) {
        return proposals.findByPairIdOrderByProposedAtAsc(access.ofMember(caller, pairId).getId()).stream().map(ProposalView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    List<ReportView> reports(CallerIdentity caller, UUID pairId) {
        return reports.findByPairIdOrderByWrittenAtAsc(access.readable(caller, pairId).getId()).stream().map(ReportView::of).toList();
    }

    @Transactional(readOnly = true)
    List<ProposalView> proposals(CallerIdentity caller, UUID pairId) {
        return proposals.findByPairIdOrderByProposedAtAsc(access.readable(caller, pairId).getId()).stream().map(ProposalView::of)
                .toList();
    }
}
