package io.grantflow.review;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** A First Step call whose panel cannot cover its applications, closed, with the managers' task open. */
abstract class BlockedAssignmentScenario extends CallScenario {

    /** A reviewer of the panel who may take at most {@code maxLoad} applications. */
    protected String reviewerTaking(int maxLoad, String... expertise) {
        String id = reviewer("JP", expertise);
        ReviewerProfile p = reviewers.find(id).orElseThrow();
        reviewers.save(new ReviewerProfile(id, p.institution(), p.country(), p.expertise(), p.profile(), maxLoad));
        return id;
    }

    protected Call call(List<String> panel) {
        return callWithPanel(panel, Map.of(), "50000");
    }

    protected String submit(Call call, String title) {
        return submitEligible(call, applicant("en"), title, List.of("graphene", "photonics", "quantum"), 9000);
    }

    /** Closes the call and runs the assignment and the mails it sends. */
    protected ProcessInstance closeAndAssign(Call call) {
        ProcessInstance instance = closeCall(call);
        runJobsUntilDone(10);
        return instance;
    }

    protected Task blockedTask(ProcessInstance call) {
        return tasks.createTaskQuery().processInstanceId(call.getId()).taskDefinitionKey("Task_FixAssignment").singleResult();
    }

    protected long incidents(ProcessInstance call) {
        return engine.getRuntimeService().createIncidentQuery().processInstanceId(call.getId()).count();
    }

    protected String lastMailTo(String userId) {
        List<MimeMessage> mails = mailsTo(userId);
        try {
            MimeMessage last = mails.get(mails.size() - 1);
            return last.getSubject() + "\n" + last.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
