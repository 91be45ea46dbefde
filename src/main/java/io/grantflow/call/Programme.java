package io.grantflow.call;

/** The funder's programmes; each runs its applications through its own BPMN process. */
public enum Programme {
    FIRST_STEP("first-step-application", "first-step-call"),
    IRP("irp-application", "irp-call"),
    PRIZE("prize-candidate", "prize-edition");

    private final String applicationProcessKey;
    private final String callProcessKey;

    Programme(String applicationProcessKey, String callProcessKey) {
        this.applicationProcessKey = applicationProcessKey;
        this.callProcessKey = callProcessKey;
    }

    /** The process that owns a call's clock (closing, assignment, ranking), or null where there is none yet. */
    public String callProcessKey() {
        return callProcessKey;
    }

    public String applicationProcessKey() {
        return applicationProcessKey;
    }
}
