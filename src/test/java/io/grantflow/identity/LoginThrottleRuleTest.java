package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.grantflow.support.MovableClock;
import org.junit.jupiter.api.Test;

/** The rule itself, on a clock the test moves: the wait doubles up to its cap, and an hour without failure forgets. */
class LoginThrottleRuleTest {

    private final MovableClock clock = MovableClock.frozenAt(Instant.parse("2026-03-02T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theWaitDoublesWithEachFailureUpToFifteenMinutes() {
        fail(LoginThrottle.PER_ACCOUNT.failures() - 1);
        assertThat(throttle.waitBefore("10.0.0.1", "alice")).isZero();
        Duration expected = Duration.ofSeconds(1);
        for (int i = 0; i < 12; i++) {
            fail(1);
            assertThat(throttle.waitBefore("10.0.0.1", "ALICE")).as("the same user id whatever its case")
                    .isEqualTo(expected.compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : expected);
            clock.advance(throttle.waitBefore("10.0.0.1", "alice"));
            expected = expected.multipliedBy(2);
        }
        assertThat(throttle.waitBefore("10.0.0.2", "alice")).as("another address").isZero();
    }

    @Test
    void anHourWithoutAFailureForgetsTheCount() {
        fail(LoginThrottle.PER_ACCOUNT.failures());
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.waitBefore("10.0.0.1", "alice")).isZero();
        fail(1);
        assertThat(throttle.waitBefore("10.0.0.1", "alice")).as("counting starts again").isZero();
    }

    @Test
    void aSuccessResetsTheAccountCountButNotTheAddressCount() {
        for (int i = 0; i < LoginThrottle.PER_CLIENT.failures() - 1; i++) {
            throttle.failed("10.0.0.1", "user" + (i % 4));
        }
        throttle.succeeded("10.0.0.1", "user0");
        throttle.failed("10.0.0.1", "user0");
        assertThat(throttle.waitBefore("10.0.0.1", "anyone")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("10.0.0.9", "anyone")).isZero();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed("10.0.0.1", "alice");
        }
    }
}
