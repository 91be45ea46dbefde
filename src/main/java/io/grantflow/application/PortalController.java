package io.grantflow.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import io.grantflow.programme.ProgrammeDefinition;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.PayloadTooLargeException;
import io.grantflow.status.TimelineService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The applicant portal: open calls, the application form, my applications and their timelines. */
@Controller
class PortalController {

    private final CallService calls;
    private final SubmissionService submissions;
    private final ApplicationService applications;
    private final TimelineService timelines;
    private final List<ApplicationPagePart> parts;

    PortalController(CallService calls, SubmissionService submissions, ApplicationService applications, TimelineService timelines,
                     List<ApplicationPagePart> parts) {
        this.calls = calls;
        this.parts = parts;
        this.submissions = submissions;
        this.applications = applications;
        this.timelines = timelines;
    }

    /**
     * The portal form: keywords separated by commas, one partner team, and for IRP a second team (optional), the
     * permanent position, the joint work and the yearly budget (years 1 to 5, the empty ones left out).
     */
    record PortalForm(String title, String abstractText, String keywords, BigDecimal budgetEur, Integer durationMonths,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate phdDate, String unitCode,
                      String partnerInstitution, String partnerCountry, String partnerLead, String partnerEmail,
                      String excludedReviewers,
                      String partner2Institution, String partner2Country, String partner2Lead, String partner2Email,
                      Boolean permanentPosition, String jointWork, List<BigDecimal> yearlyBudget) {

        static final int IRP_YEARS = 5;

        /** An empty form; the duration starts at the longest the call allows. */
        static PortalForm empty(Call call) {
            int months = call.settings().has("maxDurationMonths") ? call.settings().integer("maxDurationMonths") : 12;
            return new PortalForm("", "", "", null, months, null, "", "", "", "", "", "",
                    "", "", "", "", false, "", new ArrayList<>(Collections.nCopies(IRP_YEARS, null)));
        }

        /** The budget cell of a year (1-based) as the page shows it back. */
        public BigDecimal year(int year) {
            return yearlyBudget == null || yearlyBudget.size() < year ? null : yearlyBudget.get(year - 1);
        }

        ApplicationForm toApplicationForm(ProgrammeDefinition programme) {
            List<String> words = keywords == null ? List.of()
                    : Arrays.stream(keywords.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            List<String> exclusions = excludedReviewers == null ? List.of()
                    : excludedReviewers.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
            List<Partner> partners = new ArrayList<>(List.of(new Partner(partnerInstitution, partnerCountry, partnerLead, partnerEmail)));
            if (!programme.asks(ProgrammeDefinition.PROJECT_YEARS)) {
                return new ApplicationForm(title, abstractText, words, budgetEur, durationMonths, phdDate, unitCode, partners, exclusions);
            }
            if (Stream.of(partner2Institution, partner2Country, partner2Lead, partner2Email).anyMatch(v -> v != null && !v.isBlank())) {
                partners.add(new Partner(partner2Institution, partner2Country, partner2Lead, partner2Email));
            }
            List<BudgetYear> years = new ArrayList<>();
            for (int y = 1; y <= IRP_YEARS; y++) {
                if (year(y) != null) {
                    years.add(new BudgetYear(y, year(y)));
                }
            }
            return new ApplicationForm(title, abstractText, words, budgetEur, durationMonths, null, unitCode, partners, exclusions,
                    Boolean.TRUE.equals(permanentPosition), jointWork, years);
        }
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("calls", calls.list(CallStatus.OPEN));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/index";
    }

    @GetMapping("/portal/applications")
    String mine(Model model, Authentication user) {
        model.addAttribute("applications", applications.ofApplicant(user.getName()));
        model.addAttribute("calls", calls.list(null).stream().collect(Collectors.toMap(Call::id, Call::title)));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/applications";
    }

    @GetMapping("/portal/applications/{id}")
    String one(@PathVariable String id, Model model, Authentication user) {
        Application a = applications.getFor(id, user.getName(), Roles.isManager(user));
        model.addAttribute("app", a);
        model.addAttribute("call", calls.get(a.callId()));
        model.addAttribute("timeline", timelines.of(a.processInstanceId(), Roles.isManager(user)));
        parts.forEach(part -> model.addAllAttributes(part.model(a, user.getName(), Roles.isManager(user))));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/application";
    }

    @GetMapping("/portal/calls/{callId}/apply")
    String applyForm(@PathVariable String callId, Model model) {
        Call call = calls.get(callId);
        if (calls.statusOf(call) != CallStatus.OPEN) {
            return "redirect:/portal/calls/" + call.id(); // the call's page says why it takes no application
        }
        return form(model, call, PortalForm.empty(call), Map.of(), null);
    }

    @PostMapping("/portal/calls/{callId}/apply")
    String apply(@PathVariable String callId, @ModelAttribute PortalForm form, @RequestParam("proposal") MultipartFile proposal,
                 @RequestParam("idempotencyKey") String idempotencyKey, Model model, Authentication user) {
        Call call = calls.get(callId);
        try {
            submissions.submit(callId, user.getName(), form.toApplicationForm(calls.programmeOf(call)), ApplicationController.read(proposal), idempotencyKey);
            return "redirect:/portal/applications?submitted";
        } catch (InvalidInputException e) {
            return form(model, call, form, e.problems().stream()
                    .collect(Collectors.toMap(p -> portalField(p.field()), FieldProblem::message, (a, b) -> a)), null);
        } catch (ConflictException e) {
            return form(model, call, form, Map.of(), e.getMessage());
        } catch (PayloadTooLargeException e) {
            return form(model, call, form, Map.of("proposal", e.getMessage()), null);
        }
    }

    private String form(Model model, Call call, PortalForm form, Map<String, String> errors, String error) {
        model.addAttribute("call", call);
        model.addAttribute("programme", calls.programmeOf(call));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/apply";
    }

    /** Maps API field names (partners[1].country) to the portal's flat ones (partner2Country). */
    private static String portalField(String field) {
        for (int i = 0; i < 2; i++) {
            String prefix = "partners[" + i + "].";
            if (field.startsWith(prefix)) {
                String partner = i == 0 ? "partner" : "partner2";
                return switch (field.substring(prefix.length())) {
                    case "institution" -> partner + "Institution";
                    case "country" -> partner + "Country";
                    case "leadName" -> partner + "Lead";
                    default -> partner + "Email";
                };
            }
        }
        if (field.startsWith("partners")) {
            return "partnerInstitution";
        }
        if (field.startsWith("excludedReviewers")) {
            return "excludedReviewers";
        }
        if (field.startsWith("yearlyBudget")) {
            return "yearlyBudget";
        }
        return field.startsWith("keywords") ? "keywords" : field;
    }
}
