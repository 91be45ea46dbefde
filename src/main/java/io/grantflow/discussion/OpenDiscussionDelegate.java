package io.grantflow.discussion;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every review is in: sets "discussionEndsAt" for the timer, or null where the call holds no discussion. */
@Component("openDiscussionDelegate")
class OpenDiscussionDelegate implements JavaDelegate {

    private final DiscussionService discussions;

    OpenDiscussionDelegate(DiscussionService discussions) {
        this.discussions = discussions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant endsAt = discussions.openWindow((String) execution.getVariable("applicationId"));
        execution.setVariable("discussionEndsAt", endsAt == null ? null : endsAt.toString());
    }
}
