package io.grantflow.audit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who makes a change from a task in Tasklist or through engine REST: the user the engine authenticated for the
 * request; "system" when the engine runs on its own (a timer, a job).
 */
@Component
public class TaskActor {

    private final IdentityService identity;

    TaskActor(IdentityService identity) {
        this.identity = identity;
    }

    public String current() {
        Authentication caller = identity.getCurrentAuthentication();
        return caller == null || caller.getUserId() == null ? ManagerChange.SYSTEM : caller.getUserId();
    }
}
