package io.grantflow.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationStatus;

/**
 * The figures of one call: its funnel, the money asked for and awarded against the envelope, the review tasks
 * past their due date and the reminders sent. {@code byStatus} is the plain count of each current status.
 */
public record CallDashboard(String callId, String title, String programme, BigDecimal envelopeEur,
                            BigDecimal requestedEur, BigDecimal awardedEur, List<StageCount> funnel,
                            Map<ApplicationStatus, Long> byStatus, long reviewsOverdue, List<ReminderCount> reminders) {

    public long count(Stage stage) {
        return funnel.stream().filter(s -> s.stage() == stage).mapToLong(StageCount::count).sum();
    }
}
