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

/** The applicant portal: open calls, my applications and drafts, an application and its status. */
@Controller
class PortalController {

    private final CallService calls;
    private final ApplicationService applications;
    private final List<ApplicationPagePart> parts;
    private final DraftService drafts;

    PortalController(CallService calls, ApplicationService applications,
                     List<ApplicationPagePart> parts, DraftService drafts) {
        this.calls = calls;
        this.parts = parts;
        this.drafts = drafts;
        this.applications = applications;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("calls", calls.list(CallStatus.OPEN));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/index";
    }

    @GetMapping("/portal/applications")
    String mine(Model model, Authentication user) {
        model.addAttribute("applications", Stream.concat(applications.ofApplicant(user.getName()).stream(),
                applications.ofCoApplicant(user.getName()).stream()).toList());
        model.addAttribute("drafts", Stream.concat(drafts.ofApplicant(user.getName()).stream(),
                drafts.sharedWith(user.getName()).stream()).toList());
        model.addAttribute("me", user.getName());
        model.addAttribute("calls", calls.list(null).stream().collect(Collectors.toMap(Call::id, Call::title)));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/applications";
    }

    @GetMapping("/portal/applications/{id}")
    String one(@PathVariable String id, Model model, Authentication user) {
        Application a = applications.getFor(id, user.getName(), Roles.isManager(user));
        model.addAttribute("app", a);
        model.addAttribute("call", calls.get(a.callId()));
        parts.forEach(part -> model.addAllAttributes(part.model(a, user.getName(), Roles.isManager(user))));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/application";
    }
}
