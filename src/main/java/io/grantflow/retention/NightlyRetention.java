package io.grantflow.retention;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the retention purge once a day on each node, after the engine's history cleanup window (01:00 to 05:00).
 * Nodes that run it at the same moment share the work: each case is taken with a row lock in its own transaction,
 * and the node that comes second finds it gone. {@code grantflow.retention.cron} set to "-" turns it off.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NightlyRetention {

    private final RetentionPurge purge;

    NightlyRetention(RetentionPurge purge) {
        this.purge = purge;
    }

    @Scheduled(cron = "${grantflow.retention.cron:0 30 5 * * *}", zone = "Europe/Paris")
    void run() {
        purge.purgeExpired();
    }
}
