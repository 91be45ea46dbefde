package io.grantflow.prize;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The embargo is over: the laureate, every nominator and the jury are told, each in his or her language. */
@Component("prizeAnnounceDelegate")
class PrizeAnnounceDelegate implements JavaDelegate {

    private final Announcements announcements;

    PrizeAnnounceDelegate(Announcements announcements) {
        this.announcements = announcements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        announcements.announce((String) execution.getVariable("callId"), (String) execution.getVariable("offerCandidateId"));
    }
}
