package io.grantflow.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationForm;
import io.grantflow.application.Partner;
import io.grantflow.application.ProposalFile;
import io.grantflow.application.SubmissionService;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.programme.Programmes;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import org.camunda.bpm.engine.IdentityService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
    private final SubmissionService submissions;
    private final Programmes programmes;

    DemoData(IdentityService identity, ReviewerService reviewers, CallService calls, SubmissionService submissions,
             Programmes programmes) {
        this.programmes = programmes;
        this.identity = identity;
        this.reviewers = reviewers;
        this.calls = calls;
        this.submissions = submissions;
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
        user("carla", "Carla", "Rossi", "en", Groups.APPLICANTS);
        user("dmitri", "Dmitri", "Volkov", "en", Groups.APPLICANTS);
        for (DemoReviewer r : REVIEWERS) {
            user(r.id(), r.first(), r.last(), r.language(), Groups.REVIEWERS);
            reviewers.save(new ReviewerProfile(r.id(), r.institution(), r.country(), r.expertise(), r.profile(), 6));
        }
        LocalDateTime now = LocalDateTime.ofInstant(CallService.now(), Call.FUNDER_ZONE).truncatedTo(ChronoUnit.HOURS);
        calls.create(new CallService.NewCall("FIRST_STEP", "First Step 2027: exploratory collaboration seed",
                now.minusDays(1), now.plusDays(7), new BigDecimal("200000"), Map.of()), "manager");
        calls.create(new CallService.NewCall("IRP", "International Research Projects 2027",
                now.minusDays(7), now.plusDays(45), new BigDecimal("750000"), Map.of()), "manager");
        calls.create(new CallService.NewCall("PRIZE", "International Prize 2027: nominations",
                now.minusDays(3), now.plusDays(60), new BigDecimal("50000"), Map.of()), "manager");
        // A programme of the funder's own directory (bpmn/joint-lab/), when the demo reads it.
        if (programmes.find("JOINT_LAB").isPresent()) {
            calls.create(new CallService.NewCall("JOINT_LAB", "Joint Lab label 2027",
                    now.minusDays(2), now.plusDays(30), new BigDecimal("100000"), Map.of()), "manager");
        }
        seedClosedCallUnderReview(now);
    }

    /**
     * A First Step call that closed yesterday, with four applications: its closing timer fires as soon as
     * the job executor runs, reviewers are assigned, and demo reviewers find review tasks in Tasklist.
     * The applications are submitted with the engine's clock set back to when the call was open.
     */
    private void seedClosedCallUnderReview(LocalDateTime now) {
        Call closed = calls.create(new CallService.NewCall("FIRST_STEP", "First Step 2026: exploratory collaboration seed",
                now.minusDays(40), now.minusDays(1), new BigDecimal("20000"), Map.of()), "manager");
        ClockUtil.setCurrentTime(Date.from(closed.closesAt().minus(Duration.ofDays(5))));
        try {
            for (DemoApplication d : APPLICATIONS) {
                submissions.submit(closed.id(), d.applicant(), d.form(), new ProposalFile("proposal.pdf", onePagePdf(d.form().title())), null);
            }
        } finally {
            ClockUtil.reset();
        }
    }

    record DemoApplication(String applicant, ApplicationForm form) {
    }

    static final List<DemoApplication> APPLICATIONS = List.of(
            new DemoApplication("alice", form("Single-photon sources on silicon chips",
                    "Integrated quantum photonics with a partner team in Japan: bright single-photon sources on silicon.",
                    List.of("quantum optics", "photonics", "silicon"), "9000", "UMR2040", "University of Tokyo", "JP", "Ken Sato")),
            new DemoApplication("bob", form("Graph neural networks for crop disease spread",
                    "Machine learning on graphs to forecast the spread of crop diseases, with a partner team in Kenya.",
                    List.of("machine learning", "graphs", "epidemiology"), "8500", "UMR7590", "University of Nairobi", "KE", "Amina Otieno")),
            new DemoApplication("carla", form("Ocean heat uptake in the Southern Ocean",
                    "Oceanography and climate: float data from the Southern Ocean analysed with a partner team in Chile.",
                    List.of("oceanography", "climate", "statistics"), "7000", "UMR1002", "Universidad de Chile", "CL", "Pablo Díaz")),
            new DemoApplication("dmitri", form("Green catalysts for plastic recycling",
                    "Catalysis and green chemistry for recycling plastics, with a partner team in Canada.",
                    List.of("catalysis", "green chemistry", "materials"), "9500", "UMR1001", "McGill University", "CA", "Claire Tremblay")));

    private static ApplicationForm form(String title, String abstractText, List<String> keywords, String budget, String unit,
                                        String partner, String country, String lead) {
        return new ApplicationForm(title, abstractText, keywords, new BigDecimal(budget), 12, LocalDate.of(2020, 6, 1), unit,
                List.of(new Partner(partner, country, lead, null)), List.of());
    }

    private static byte[] onePagePdf(String title) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.getDocumentInformation().setTitle(title);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
