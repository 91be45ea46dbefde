package io.grantflow.dashboard;

import java.util.List;

import io.grantflow.audit.AuditTrail;
import io.grantflow.call.Call;
import io.grantflow.decision.FundingDecisionService;
import io.grantflow.review.DoubtfulExclusionService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard pages of the portal, for programme managers (the security chain refuses everyone else). */
@Controller
class DashboardPageController {

    private final DashboardService dashboards;
    private final DoubtfulExclusionService doubtfulExclusions;
    private final ManagerToDo toDo;
    private final AuditTrail audit;
    private final FundingDecisionService decisions;

    DashboardPageController(DashboardService dashboards, DoubtfulExclusionService doubtfulExclusions, ManagerToDo toDo,
                            AuditTrail audit, FundingDecisionService decisions) {
        this.dashboards = dashboards;
        this.doubtfulExclusions = doubtfulExclusions;
        this.toDo = toDo;
        this.audit = audit;
        this.decisions = decisions;
    }

    /** A manager's home, where the login leads: what waits for him or her, then every call at a glance. */
    @GetMapping("/portal/dashboard")
    String all(Model model, Authentication user) {
        List<CallDashboard> all = dashboards.ofAllCalls();
        model.addAttribute("dashboards", all);
        model.addAttribute("todo", toDo.of(user.getName(), all));
        model.addAttribute("stages", Stage.values());
        return "portal/dashboard/index";
    }

    @GetMapping("/portal/dashboard/calls/{callId}")
    String one(@PathVariable String callId, Model model) {
        CallDashboard dashboard = dashboards.ofCall(callId);
        model.addAttribute("d", dashboard);
        model.addAttribute("chart", FunnelChart.of(dashboard));
        model.addAttribute("requestedPercent", FunnelChart.percentOf(dashboard.requestedEur(), dashboard.envelopeEur()));
        model.addAttribute("awardedPercent", FunnelChart.percentOf(dashboard.awardedEur(), dashboard.envelopeEur()));
        model.addAttribute("doubtful", doubtfulExclusions.ofCall(callId));
        model.addAttribute("refused", dashboards.refusedMessages(callId));
        model.addAttribute("changes", audit.ofCall(callId, Call.FUNDER_ZONE));
        model.addAttribute("ranking", decisions.rank(callId));
        model.addAttribute("calibration", decisions.calibration(callId));
        return "portal/dashboard/call";
    }

    /** A manager's answer to a doubtful match of an excluded name, from the call's page. */
    @PostMapping("/portal/dashboard/calls/{callId}/doubtful-exclusions/{matchId}")
    String answer(@PathVariable String callId, @PathVariable String matchId, @RequestParam String answer, Authentication user) {
        doubtfulExclusions.answer(callId, matchId, answer, user.getName());
        return "redirect:/portal/dashboard/calls/" + callId + "#doubtful";
    }

    @GetMapping("/portal/dashboard/calls/{callId}/applications")
    String atStage(@PathVariable String callId, @RequestParam String stage, Model model) {
        Stage s = DashboardController.stage(stage);
        model.addAttribute("d", dashboards.ofCall(callId));
        model.addAttribute("stage", s);
        model.addAttribute("applications", dashboards.applicationsAt(callId, s, DashboardService.MAX_LIST));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/dashboard/applications";
    }
}
