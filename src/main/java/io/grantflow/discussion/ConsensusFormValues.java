package io.grantflow.discussion;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.grantflow.process.WordedFormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The consensus form's reviews, as revised, in the language of whoever holds the task. */
@Component
class ConsensusFormValues implements WordedFormValues {

    private final DiscussionService discussions;
    private final ReviewsInWords words;

    ConsensusFormValues(DiscussionService discussions, ReviewsInWords words) {
        this.discussions = discussions;
        this.words = words;
    }

    @Override
    public Set<String> forms() {
        return Set.of("consensus-report");
    }

    @Override
    public Map<String, Object> values(DelegateTask task, Locale language) {
        DiscussionService.Discussion d = discussions.forRapporteur((String) task.getVariable("applicationId"));
        return Map.of("reviewsText", words.text(d.reviews(), d.criteria(), language));
    }
}
