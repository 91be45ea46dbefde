package io.grantflow.migration;

import java.time.Instant;

/**
 * One deployed version of a process with the number of its instances still running.
 *
 * @param versionTag the tag the process file carries (camunda:versionTag), if any
 */
public record ProcessVersion(String key, String name, int version, String versionTag, String definitionId,
                             Instant deployedAt, long running) {
}
