package io.grantflow.prize;

import java.util.List;

import io.grantflow.audit.ManagerChange;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only, after the demo users and calls exist: the open prize edition gets a jury (anna chairs, with bruno
 * and chen), and alice and bob become unit directors, so that they may nominate.
 */
@Component
@Profile("demo")
class PrizeDemoData {

    private static final Logger log = LoggerFactory.getLogger(PrizeDemoData.class);

    private final CallService calls;
    private final PrizeEditions editions;
    private final PrizeEditionRepository rows;
    private final IdentityService identity;

    PrizeDemoData(CallService calls, PrizeEditions editions, PrizeEditionRepository rows, IdentityService identity) {
        this.calls = calls;
        this.editions = editions;
        this.rows = rows;
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void seed() {
        List<String> jury = List.of("anna", "bruno", "chen");
        if (identity.createUserQuery().userIdIn(jury.toArray(String[]::new)).count() < jury.size()) {
            return;
        }
        for (String nominator : List.of("alice", "bob")) {
            if (identity.createUserQuery().userId(nominator).memberOfGroup(PrizeGroups.UNIT_DIRECTORS).count() == 0
                    && identity.createUserQuery().userId(nominator).count() > 0) {
                identity.createMembership(nominator, PrizeGroups.UNIT_DIRECTORS);
            }
        }
        calls.list(CallStatus.OPEN).stream()
                .filter(c -> "PRIZE".equals(c.programme()) && rows.find(c.id()).isEmpty())
                .forEach(c -> {
                    editions.configure(c.id(), PrizeEditions.Settings.jury(jury, "anna"), ManagerChange.SYSTEM);
                    log.info("Demo prize edition {}: jury anna (chair), bruno, chen; alice and bob may nominate", c.title());
                });
    }
}
