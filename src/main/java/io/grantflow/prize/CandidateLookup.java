package io.grantflow.prize;

import org.springframework.stereotype.Component;

/** What the jury's forms show of a candidate (bean "prizeCandidates" in the BPMN): identity and field, never the nominators. */
@Component("prizeCandidates")
public class CandidateLookup {

    private final CandidateRepository candidates;

    CandidateLookup(CandidateRepository candidates) {
        this.candidates = candidates;
    }

    public String label(String candidateId) {
        return candidates.find(candidateId).map(Candidate::label).orElse(candidateId);
    }

    public String field(String candidateId) {
        return candidates.find(candidateId).map(Candidate::field).orElse("");
    }

    public int supporters(String candidateId) {
        return candidates.nominatorsOf(candidateId).size();
    }
}
