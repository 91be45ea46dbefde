package io.grantflow.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
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

    PortalController(CallService calls, SubmissionService submissions, ApplicationService applications, TimelineService timelines) {
        this.calls = calls;
        this.submissions = submissions;
        this.applications = applications;
        this.timelines = timelines;
    }

    /** The portal form: one partner team, keywords separated by commas. */
    record PortalForm(String title, String abstractText, String keywords, BigDecimal budgetEur, Integer durationMonths,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate phdDate, String unitCode,
                      String partnerInstitution, String partnerCountry, String partnerLead, String partnerEmail,
                      String excludedReviewers) {

        static PortalForm empty() {
            return new PortalForm("", "", "", null, 12, null, "", "", "", "", "", "");
        }

        ApplicationForm toApplicationForm() {
            List<String> words = keywords == null ? List.of()
                    : Arrays.stream(keywords.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            List<String> exclusions = excludedReviewers == null ? List.of()
                    : excludedReviewers.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
            return new ApplicationForm(title, abstractText, words, budgetEur, durationMonths, phdDate, unitCode,
                    List.of(new Partner(partnerInstitution, partnerCountry, partnerLead, partnerEmail)), exclusions);
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
        return "portal/applications";
    }

    @GetMapping("/portal/applications/{id}")
    String one(@PathVariable String id, Model model, Authentication user) {
        Application a = applications.getFor(id, user.getName(), Roles.isManager(user));
        model.addAttribute("app", a);
        model.addAttribute("call", calls.get(a.callId()));
        model.addAttribute("timeline", timelines.of(a.processInstanceId(), Roles.isManager(user)));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/application";
    }

    @GetMapping("/portal/calls/{callId}/apply")
    String applyForm(@PathVariable String callId, Model model) {
        return form(model, calls.get(callId), PortalForm.empty(), Map.of(), null);
    }

    @PostMapping("/portal/calls/{callId}/apply")
    String apply(@PathVariable String callId, @ModelAttribute PortalForm form, @RequestParam("proposal") MultipartFile proposal,
                 @RequestParam("idempotencyKey") String idempotencyKey, Model model, Authentication user) {
        Call call = calls.get(callId);
        try {
            submissions.submit(callId, user.getName(), form.toApplicationForm(), ApplicationController.read(proposal), idempotencyKey);
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
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/apply";
    }

    /** Maps API field names (partners[0].country) to the portal's flat ones (partnerCountry). */
    private static String portalField(String field) {
        if (field.startsWith("partners[0].")) {
            String rest = field.substring("partners[0].".length());
            return switch (rest) {
                case "institution" -> "partnerInstitution";
                case "country" -> "partnerCountry";
                case "leadName" -> "partnerLead";
                default -> "partnerEmail";
            };
        }
        if (field.startsWith("excludedReviewers")) {
            return "excludedReviewers";
        }
        return field.startsWith("keywords") ? "keywords" : field;
    }
}
