package io.grantflow.dashboard;

import java.util.List;

import io.grantflow.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures in the API (programme managers). */
@RestController
class DashboardController {

    private final DashboardService dashboards;

    DashboardController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/dashboard")
    @Operation(summary = "Every call's funnel, amounts, overdue reviews and reminders (managers)")
    List<CallDashboard> all() {
        return dashboards.ofAllCalls();
    }

    @GetMapping("/api/calls/{callId}/dashboard")
    @Operation(summary = "One call's funnel, amounts, overdue reviews and reminders (managers)")
    CallDashboard one(@PathVariable String callId) {
        return dashboards.ofCall(callId);
    }

    @GetMapping("/api/calls/{callId}/dashboard/applications")
    @Operation(summary = "The applications of a call that reached a stage: submitted, eligible, blocked, under_review, reviewed, decided, funded (managers)")
    List<StageApplication> atStage(@PathVariable String callId, @RequestParam String stage,
                                   @RequestParam(defaultValue = "1000") int limit) {
        return dashboards.applicationsAt(callId, stage(stage), limit);
    }

    static Stage stage(String value) {
        try {
            return Stage.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("stage", "must be one of submitted, eligible, blocked, under_review, reviewed, decided, funded");
        }
    }
}
