package io.grantflow.reply;

import org.springframework.stereotype.Component;

/** The reply setting as the call process's gateway reads it: {@code ${replies.asked(callId)}}. */
@Component("replies")
public class ReplyExpressions {

    private final ReplyService replies;

    ReplyExpressions(ReplyService replies) {
        this.replies = replies;
    }

    public boolean asked(String callId) {
        return replies.asked(callId);
    }
}
