package io.grantflow.reply;

import java.util.Collection;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the call's reply window, tells each applicant, and sets replyClosesAt for the timer that ends it. */
@Component("openRepliesDelegate")
class OpenRepliesDelegate implements JavaDelegate {

    private final ReplyService replies;

    OpenRepliesDelegate(ReplyService replies) {
        this.replies = replies;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Collection<String> applicationIds = (Collection<String>) execution.getVariable("applicationIds");
        execution.setVariable("replyClosesAt", Date.from(replies.open((String) execution.getVariable("callId"), applicationIds)));
    }
}
