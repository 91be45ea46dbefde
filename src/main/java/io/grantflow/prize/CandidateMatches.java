package io.grantflow.prize;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager's answer to an uncertain match; the last answer lets a waiting jury start. */
@Service
class CandidateMatches {

    private final CandidateRepository candidates;
    private final RuntimeService runtime;

    CandidateMatches(CandidateRepository candidates, RuntimeService runtime) {
        this.candidates = candidates;
        this.runtime = runtime;
    }

    @Transactional
    void resolve(String candidateId, boolean samePerson) {
        Candidate candidate = candidates.find(candidateId).orElseThrow();
        if (samePerson) {
            candidates.merge(candidateId, candidate.possibleDuplicateOf());
        } else {
            candidates.clearPossibleDuplicate(candidateId);
        }
        if (candidates.unconfirmedMatches(candidate.callId()) == 0) {
            runtime.createMessageCorrelation("PrizeMatchesConfirmed").processInstanceBusinessKey(candidate.callId()).correlateAllWithResult();
        }
    }
}
