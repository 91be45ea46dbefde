package io.grantflow.problem;

/**
 * The last refusal of user input raised on this thread. The engine wraps whatever a task listener or delegate
 * throws into a generic exception that its REST API answers with 500; the HTTP layer in front of the engine
 * takes the refusal remembered here to answer 400 or 409 with its message instead.
 */
public final class EngineRefusals {

    private static final ThreadLocal<RuntimeException> LAST = new ThreadLocal<>();

    private EngineRefusals() {
    }

    static void remember(RuntimeException refusal) {
        LAST.set(refusal);
    }

    /** The refusal remembered since the last call, if any; forgets it. */
    public static RuntimeException take() {
        RuntimeException refusal = LAST.get();
        LAST.remove();
        return refusal;
    }
}
