package io.grantflow.prize;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Whom the chair may choose: ranked candidates not yet asked to accept. */
@Component
class LaureateOptions {

    private final CandidateRepository candidates;

    LaureateOptions(CandidateRepository candidates) {
        this.candidates = candidates;
    }

    List<Map<String, String>> of(String callId, List<RankedCandidate> ranked) {
        return ranked.stream()
                .filter(r -> notAsked(r.candidateId()))
                .map(r -> Map.of("value", r.candidateId(), "label",
                        String.format(Locale.ROOT, "%d. %s (mean %.2f%s)", r.rank(), r.candidate(), r.mean(), r.tied() ? ", tied" : "")))
                .toList();
    }

    boolean notAsked(String candidateId) {
        return candidates.find(candidateId).map(c -> c.status() == CandidateStatus.NOMINATED).orElse(false);
    }
}
