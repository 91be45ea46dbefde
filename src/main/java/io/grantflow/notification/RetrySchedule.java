package io.grantflow.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The waits between delivery attempts, written "PT1M,PT5M,PT15M" (growing waits) or, as in Camunda's retry cycles,
 * "R5/PT2S" (five waits of two seconds). After the last wait a failed attempt is an incident for an administrator.
 */
record RetrySchedule(List<Duration> waits) {

    static RetrySchedule parse(String cycle) {
        List<Duration> waits = new ArrayList<>();
        for (String part : cycle.split(",")) {
            String p = part.trim();
            if (p.startsWith("R") && p.contains("/")) {
                int times = Integer.parseInt(p.substring(1, p.indexOf('/')));
                waits.addAll(Collections.nCopies(times, Duration.parse(p.substring(p.indexOf('/') + 1))));
            } else if (!p.isEmpty()) {
                waits.add(Duration.parse(p));
            }
        }
        if (waits.isEmpty() || waits.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("grantflow.notification.retry-cycle needs at least one wait, none negative: " + cycle);
        }
        return new RetrySchedule(List.copyOf(waits));
    }

    /** What follows a failed attempt: the engine's retries left (null before any failure) become these. */
    Next afterFailure(Integer retriesLeft) {
        int retries = retriesLeft == null ? waits.size() : Math.max(0, retriesLeft - 1);
        Duration delay = retries > 0 ? waits.get(waits.size() - retries) : Duration.ZERO;
        return new Next(retries, delay);
    }

    /** Retries left after this failure (0: an incident) and the delay before the next attempt. */
    record Next(int retries, Duration delay) {
    }
}
