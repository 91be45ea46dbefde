package io.grantflow.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Failed logins slow down whoever makes them, not the account they aim at. Failures are counted per client
 * address and user id: after {@link #PER_ACCOUNT}'s failures that pair must wait, and each further failure
 * doubles the wait; a success resets the pair. A looser count per client address alone stops one address
 * from trying many user ids. A stranger failing from another address therefore never stops the real user,
 * and Camunda's own lock of the user (which would) is switched off in application.yaml.
 */
@Component
class LoginThrottle {

    /**
     * After {@code failures} failures in a row a wait of firstDelay, doubling with each further failure up to
     * maxDelay; the count is forgotten after forgetAfter without a failure.
     */
    record Rule(int failures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

        Duration delayAfter(int count) {
            if (count < failures) {
                return Duration.ZERO;
            }
            Duration delay = firstDelay.multipliedBy(1L << Math.min(count - failures, 20));
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    static final Rule PER_ACCOUNT = new Rule(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));
    static final Rule PER_CLIENT = new Rule(50, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

    private static final int MAX_ENTRIES = 100_000;
    private static final int MAX_USER_ID = 128;

    static final String CLOCK = "loginThrottleClock";

    private final Clock clock;
    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();
    private final Map<String, Failures> clients = new ConcurrentHashMap<>();

    /**
     * The wall clock, not the engine's: a test or a demo that moves the engine's clock must not open or close a
     * waiting period. A clock bean named {@value #CLOCK} replaces it (tests).
     */
    @Autowired
    LoginThrottle(@Qualifier(CLOCK) ObjectProvider<Clock> clock) {
        this(clock.getIfAvailable(Clock::systemUTC));
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this client must wait before trying this user id again; zero when it may try now. */
    Duration waitBefore(String client, String userId) {
        Instant now = clock.instant();
        Duration pair = remaining(pairs.get(pairKey(client, userId)), now);
        Duration address = remaining(clients.get(client), now);
        return pair.compareTo(address) >= 0 ? pair : address;
    }

    void failed(String client, String userId) {
        Instant now = clock.instant();
        record(pairs, pairKey(client, userId), PER_ACCOUNT, now);
        record(clients, client, PER_CLIENT, now);
    }

    void succeeded(String client, String userId) {
        pairs.remove(pairKey(client, userId));
    }

    private static Duration remaining(Failures failures, Instant now) {
        if (failures == null || failures.lockedUntil == null || !failures.lockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.lockedUntil);
    }

    private static void record(Map<String, Failures> counts, String key, Rule rule, Instant now) {
        if (counts.size() > MAX_ENTRIES) {
            counts.values().removeIf(f -> f.forgotten(rule, now));
        }
        counts.compute(key, (k, f) -> {
            Failures updated = f == null || f.forgotten(rule, now) ? new Failures() : f;
            updated.count++;
            updated.last = now;
            Duration delay = rule.delayAfter(updated.count);
            updated.lockedUntil = delay.isZero() ? null : now.plus(delay);
            return updated;
        });
    }

    private static String pairKey(String client, String userId) {
        String user = userId.length() > MAX_USER_ID ? userId.substring(0, MAX_USER_ID) : userId;
        return client + "\n" + user.toLowerCase(Locale.ROOT);
    }

    private static final class Failures {
        int count;
        Instant last;
        volatile Instant lockedUntil;

        boolean forgotten(Rule rule, Instant now) {
            return last != null && now.isAfter(last.plus(rule.forgetAfter)) && (lockedUntil == null || !lockedUntil.isAfter(now));
        }
    }
}
