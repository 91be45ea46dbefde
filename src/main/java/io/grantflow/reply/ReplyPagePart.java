package io.grantflow.reply;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationPagePart;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import org.springframework.stereotype.Component;

/** The anonymised reviews and the reply on the application's page, once the call's reply window has opened. */
@Component
class ReplyPagePart implements ApplicationPagePart {

    private final ReplyService replies;
    private final CallService calls;

    ReplyPagePart(ReplyService replies, CallService calls) {
        this.replies = replies;
        this.calls = calls;
    }

    @Override
    public Map<String, Object> model(Application application, String userId, boolean manager) {
        return Map.of("replyPart", Optional.ofNullable(view(application, userId, manager)));
    }

    /** Null where the call asks for no reply or its window has not opened yet. */
    ReplyView view(Application application, String userId, boolean manager) {
        Optional<Instant> closesAt = replies.closesAt(application.callId());
        if (closesAt.isEmpty()) {
            return null;
        }
        Call call = calls.get(application.callId());
        Reply reply = replies.replyOf(application.id()).orElse(null);
        boolean open = replies.isOpen(call.id());
        return new ReplyView(application.id(), replies.anonymousReviews(application), closesAt.get().atZone(Call.FUNDER_ZONE),
                open, open && reply == null && application.applicantId().equals(userId), manager, replies.maxChars(call), reply,
                reply == null ? null : reply.sentAt().atZone(Call.FUNDER_ZONE), null, null);
    }
}
