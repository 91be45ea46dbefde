package io.grantflow.call;

import org.springframework.stereotype.Component;

/** A call's settings as the call processes' expressions read them: {@code ${callRules.flag(callId, 'name')}}. */
@Component("callRules")
public class CallRulesExpressions {

    private final CallService calls;

    CallRulesExpressions(CallService calls) {
        this.calls = calls;
    }

    /** The call's boolean setting; false where its programme does not declare it. */
    public boolean flag(String callId, String name) {
        return calls.get(callId).settings().flagOrNo(name);
    }
}
