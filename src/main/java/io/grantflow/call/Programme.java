package io.grantflow.call;

/** The funder's programmes; each runs its applications through its own BPMN process. */
public enum Programme {
    FIRST_STEP("first-step-application"),
    IRP("irp-application"),
    PRIZE("prize-nomination");

    private final String applicationProcessKey;

    Programme(String applicationProcessKey) {
        this.applicationProcessKey = applicationProcessKey;
    }

    public String applicationProcessKey() {
        return applicationProcessKey;
    }
}
