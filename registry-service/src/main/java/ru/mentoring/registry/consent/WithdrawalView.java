package ru.mentoring.registry.consent;

import java.util.List;
import java.util.UUID;

/** The withdrawn consent and the pairs that ended with it (status TERMINATED, reason CONSENT_WITHDRAWN). */
record WithdrawalView(ConsentView consent, List<UUID> terminatedPairIds) {
}
