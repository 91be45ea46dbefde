package io.grantflow.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.Programme;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users (password = user id), reviewer profiles, and an open call of each programme, so that the
 * product can be tried on its first start. Only in the demo profile; runs once per database.
 */
@Component
@Profile("demo")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final ReviewerService reviewers;
    private final CallService calls;

    DemoData(IdentityService identity, ReviewerService reviewers, CallService calls) {
        this.identity = identity;
        this.reviewers = reviewers;
        this.calls = calls;
    }

    record DemoReviewer(String id, String first, String last, String language, String institution, String country,
                        List<String> expertise, String profile) {
    }

    static final List<DemoReviewer> REVIEWERS = List.of(
            new DemoReviewer("anna", "Anna", "Kowalska", "en", "University of Warsaw", "PL",
                    List.of("quantum optics", "photonics", "lasers"), "Experimental quantum optics and integrated photonics."),
            new DemoReviewer("bruno", "Bruno", "Lefèvre", "fr", "UMR1001 Institut de Chimie", "FR",
                    List.of("catalysis", "green chemistry", "materials"), "Heterogeneous catalysis for sustainable chemistry."),
            new DemoReviewer("chen", "Chen", "Wei", "en", "Tsinghua University", "CN",
                    List.of("machine learning", "graphs", "optimisation"), "Machine learning on graphs and combinatorial optimisation."),
            new DemoReviewer("dara", "Dara", "Okafor", "en", "University of Lagos", "NG",
                    List.of("epidemiology", "public health", "statistics"), "Infectious disease epidemiology and biostatistics."),
            new DemoReviewer("emil", "Emil", "Berg", "en", "Karolinska Institutet", "SE",
                    List.of("neuroscience", "imaging", "machine learning"), "Brain imaging and machine learning for neuroscience."),
            new DemoReviewer("farah", "Farah", "Haddad", "fr", "UMR5800 Laboratoire de Géosciences", "FR",
                    List.of("climate", "oceanography", "geosciences"), "Ocean-climate interactions and paleoclimate records."));

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void seed() {
        if (identity.createUserQuery().userId("manager").count() > 0) {
            return;
        }
        log.info("Seeding demo users, reviewers and calls");
        user("manager", "Paula", "Martin", "fr", Groups.MANAGERS);
        user("alice", "Alice", "Durand", "fr", Groups.APPLICANTS);
        user("bob", "Bob", "Smith", "en", Groups.APPLICANTS);
        for (DemoReviewer r : REVIEWERS) {
            user(r.id(), r.first(), r.last(), r.language(), Groups.REVIEWERS);
            reviewers.save(new ReviewerProfile(r.id(), r.institution(), r.country(), r.expertise(), r.profile(), 6));
        }
        LocalDateTime now = LocalDateTime.ofInstant(CallService.now(), Call.FUNDER_ZONE).truncatedTo(ChronoUnit.HOURS);
        calls.create(new CallService.NewCall(Programme.FIRST_STEP, "First Step 2027: exploratory collaboration seed",
                now.minusDays(1), now.plusDays(7), new BigDecimal("200000"), Map.of()), "manager");
        calls.create(new CallService.NewCall(Programme.IRP, "International Research Projects 2027",
                now.minusDays(7), now.plusDays(45), new BigDecimal("750000"), Map.of()), "manager");
        calls.create(new CallService.NewCall(Programme.PRIZE, "International Prize 2027: nominations",
                now.minusDays(3), now.plusDays(60), new BigDecimal("50000"), Map.of()), "manager");
    }

    private void user(String id, String first, String last, String language, String group) {
        User user = identity.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(id + "@demo.grantflow.example");
        user.setPassword(id);
        identity.saveUser(user);
        identity.createMembership(id, group);
        identity.setUserInfo(id, "language", language);
    }
}
