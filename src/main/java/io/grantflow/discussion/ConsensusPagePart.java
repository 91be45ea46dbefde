package io.grantflow.discussion;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationPagePart;
import io.grantflow.call.CallService;
import io.grantflow.identity.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * For the managers, on the application's page: the discussion's end, the rapporteur (and the choice of another
 * while the report is not written), and the consensus report once written. Applicants read the report in their
 * decision letter, not here.
 */
@Component
class ConsensusPagePart implements ApplicationPagePart {

    /** What the page shows: rapporteur null for the managers; choices by reviewer id, with names. */
    record ConsensusPart(java.time.Instant endsAt, String rapporteur, String rapporteurName, Map<String, String> choices,
                         DiscussionService.Consensus consensus) {
    }

    private final DiscussionService discussions;
    private final CallService calls;
    private final UserDirectory users;

    ConsensusPagePart(DiscussionService discussions, CallService calls, UserDirectory users) {
        this.discussions = discussions;
        this.calls = calls;
        this.users = users;
    }

    @Override
    public Map<String, Object> model(Application application, String userId, boolean manager) {
        Map<String, Object> model = new HashMap<>();
        if (!manager || !discussions.hasDiscussion(calls.get(application.callId()))) {
            model.put("consensusPart", null);
            return model;
        }
        Map<String, String> choices = new LinkedHashMap<>();
        discussions.rapporteurCandidates(application.id()).forEach(id -> choices.put(id, users.contact(id).name()));
        String rapporteur = discussions.rapporteurOf(application.id());
        model.put("consensusPart", new ConsensusPart(discussions.endsAt(application.id()).orElse(null), rapporteur,
                rapporteur == null ? null : users.contact(rapporteur).name(), choices,
                discussions.consensusOf(application.id()).orElse(null)));
        return model;
    }
}
