package io.grantflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What a newcomer finds on the first start of the demo: users of every role and an open call of each programme. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:grantflow-demo;DB_CLOSE_DELAY=-1",
        // Camunda keeps engines in a JVM-wide registry by name: this second context must not replace
        // the shared test context's "default" engine, which the engine REST API looks up.
        "camunda.bpm.process-engine-name=demoDataTest",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class DemoDataTest {

    @Autowired IdentityService identity;
    @Autowired CallService calls;
    @Autowired ReviewerService reviewers;
    @Autowired ApplicationService applications;

    @Test
    void demoUsersReviewersAndOneOpenCallPerProgramme() {
        assertThat(identity.checkPassword("manager", "manager")).isTrue();
        assertThat(identity.createUserQuery().memberOfGroup(Groups.MANAGERS).count()).isEqualTo(1);
        assertThat(identity.createUserQuery().memberOfGroup(Groups.APPLICANTS).count()).isEqualTo(4);
        assertThat(identity.createUserQuery().memberOfGroup(Groups.REVIEWERS).count()).isEqualTo(6);
        assertThat(reviewers.all()).hasSize(6).allSatisfy(r -> assertThat(r.expertise()).isNotEmpty());

        List<Call> open = calls.list(CallStatus.OPEN);
        assertThat(open).extracting(Call::programme).containsExactlyInAnyOrder("FIRST_STEP", "IRP", "PRIZE", "JOINT_LAB");
        Call firstStep = open.stream().filter(c -> "FIRST_STEP".equals(c.programme())).findFirst().orElseThrow();
        assertThat(java.time.Duration.between(CallService.now(), firstStep.closesAt()).toDays()).isBetween(6L, 7L);

        // A First Step call that closed yesterday holds one application from each of the four applicants.
        Call closed = calls.list(null).stream().filter(c -> c.closesAt().isBefore(CallService.now())).findFirst().orElseThrow();
        assertThat(applications.ofCall(closed.id())).extracting(Application::applicantId)
                .containsExactlyInAnyOrder("alice", "bob", "carla", "dmitri");
    }
}
