package io.grantflow.migration;

/**
 * What a move did.
 *
 * @param moved        the applications now running on the target version
 * @param alreadyMoved the chosen applications that were already on the target (a plan run a second time)
 * @param message      what happened, in plain words
 */
public record MigrationResult(String key, int from, int to, int moved, int alreadyMoved, String message) {
}
