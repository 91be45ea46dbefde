package io.grantflow.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What programme managers read about their calls: the funnel, the money, late reviews and reminders. */
@Service
public class DashboardService {

    static final int MAX_LIST = 5000;

    private final CallService calls;
    private final DashboardQueries queries;
    private final OverdueReviews overdue;

    DashboardService(CallService calls, DashboardQueries queries, OverdueReviews overdue) {
        this.calls = calls;
        this.queries = queries;
        this.overdue = overdue;
    }

    @Transactional(readOnly = true)
    public CallDashboard ofCall(String callId) {
        Call call = calls.get(callId);
        return build(call, queries.statusCounts(callId), queries.awarded(callId), queries.reminders(callId));
    }

    /** Every call, newest closing first; the same three queries as for one call, grouped by call. */
    @Transactional(readOnly = true)
    public List<CallDashboard> ofAllCalls() {
        Map<String, List<DashboardQueries.StatusRow>> statuses = byCall(queries.statusCounts(null), DashboardQueries.StatusRow::callId);
        Map<String, List<DashboardQueries.AmountRow>> awarded = byCall(queries.awarded(null), DashboardQueries.AmountRow::callId);
        Map<String, List<DashboardQueries.ReminderRow>> reminders = byCall(queries.reminders(null), DashboardQueries.ReminderRow::callId);
        List<CallDashboard> result = new ArrayList<>();
        calls.list(null).stream()
                .sorted((a, b) -> b.closesAt().compareTo(a.closesAt()))
                .forEach(c -> result.add(build(c, statuses.getOrDefault(c.id(), List.of()), awarded.getOrDefault(c.id(), List.of()),
                        reminders.getOrDefault(c.id(), List.of()))));
        return result;
    }

    /** The applications behind a count: those that reached the stage, oldest submission first. */
    @Transactional(readOnly = true)
    public List<StageApplication> applicationsAt(String callId, Stage stage, int limit) {
        calls.get(callId);
        return queries.applications(callId, stage.statuses(), Math.max(1, Math.min(limit, MAX_LIST)));
    }

    /** 404 for an unknown call. */
    public void requireCall(String callId) {
        calls.get(callId);
    }

    private CallDashboard build(Call call, List<DashboardQueries.StatusRow> statusRows, List<DashboardQueries.AmountRow> awardedRows,
                                List<DashboardQueries.ReminderRow> reminderRows) {
        Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
        BigDecimal requested = BigDecimal.ZERO;
        for (DashboardQueries.StatusRow row : statusRows) {
            byStatus.put(row.status(), row.count());
            requested = requested.add(row.requestedEur());
        }
        List<StageCount> funnel = Arrays.stream(Stage.values())
                .map(stage -> new StageCount(stage, stage.statuses().stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum()))
                .toList();
        BigDecimal awarded = awardedRows.stream().map(DashboardQueries.AmountRow::amountEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ReminderCount> reminders = DashboardQueries.REMINDER_TEMPLATES.stream()
                .map(t -> reminderRows.stream().filter(r -> r.template().equals(t)).findFirst()
                        .map(r -> new ReminderCount(t, r.sent(), r.notSent()))
                        .orElse(new ReminderCount(t, 0, 0)))
                .toList();
        return new CallDashboard(call.id(), call.title(), call.programme(), call.envelopeEur(), requested, awarded, funnel,
                byStatus, overdue.of(call.id()), reminders);
    }

    private static <T> Map<String, List<T>> byCall(List<T> rows, Function<T, String> callId) {
        return rows.stream().collect(Collectors.groupingBy(callId));
    }

    /** Messages about the call's applications that the mail server refused for good (5xx), with its reply. */
    public List<DashboardQueries.RefusedMessage> refusedMessages(String callId) {
        calls.get(callId);
        return queries.refusedMessages(callId);
    }
}
