package io.grantflow.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The product's clock is the engine's: timers, deadlines and the instants the product records read the same time,
 * so that a test (or a demo) that moves the engine's clock with {@code ClockUtil} moves the whole product. It is the
 * product's clock wherever a {@code Clock} is injected.
 */
@Component
@Primary
public class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock() {
        this(ZoneOffset.UTC);
    }

    private EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EngineClock(zone);
    }
}
