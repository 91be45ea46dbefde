package io.grantflow.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's java.time.Clock in integration tests: the real time plus whatever the tests moved it on by.
 * It only moves forward, since every test shares it. A frozen one serves tests of a single class.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);
    private final Instant frozenAt;

    /** The real time, moved on by the test. */
    public MovableClock() {
        this(null);
    }

    private MovableClock(Instant frozenAt) {
        this.frozenAt = frozenAt;
    }

    /** A clock that stands still at that instant unless the test moves it. */
    public static MovableClock frozenAt(Instant instant) {
        return new MovableClock(instant);
    }

    public void advance(Duration duration) {
        ahead.accumulateAndGet(duration, Duration::plus);
    }

    @Override
    public Instant instant() {
        return (frozenAt != null ? frozenAt : Instant.now()).plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is in UTC");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        /** The login throttle's clock (named as LoginThrottle asks); the product's own clock stays the engine's. */
        @Bean("loginThrottleClock")
        MovableClock clock() {
            return new MovableClock();
        }
    }
}
