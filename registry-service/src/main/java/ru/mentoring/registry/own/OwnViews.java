package ru.mentoring.registry.own;

import java.time.OffsetDateTime;
import java.util.UUID;

import ru.mentoring.registry.pair.PairStatus;
import ru.mentoring.registry.pair.PairViews.PairView;

/** Reports and proposals as shown to the pair's members and to the curator. */
final class OwnViews {

    private OwnViews() {
    }

    /**
     * One of the caller's own pairs, with their place in it ({@code MENTOR} or {@code MENTEE}): the
     * pair's view hides register ids from its members, so it cannot say which member the caller is.
     */
    record OwnPairView(String yourRole, String yourRoleLabel, PairView pair) {

        static OwnPairView of(PairView pair, boolean mentor) {
            return new OwnPairView(mentor ? "MENTOR" : "MENTEE", mentor ? "наставник" : "наставляемый", pair);
        }
    }

    record ReportView(UUID id, UUID pairId, PairStatus stage, String stageLabel, String text, String writtenBy,
            OffsetDateTime writtenAt) {

        static ReportView of(StageReport r) {
            return new ReportView(r.getId(), r.getPairId(), r.getStage(), r.getStage().label(), r.getText(), r.getWrittenBy(),
                    r.getWrittenAt());
        }
    }

    record ProposalView(UUID id, UUID pairId, String text, String proposedBy, OffsetDateTime proposedAt, ProposalStatus status,
            String statusLabel, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {

        static ProposalView of(ProgrammeProposal p) {
            return new ProposalView(p.getId(), p.getPairId(), p.getText(), p.getProposedBy(), p.getProposedAt(), p.getStatus(),
                    p.getStatus().label(), p.getDecidedBy(), p.getDecidedAt(), p.getDecisionNote());
        }
    }
}
