package io.grantflow.identity;

import java.util.Map;
import java.util.stream.Collectors;

import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Portal pages to log in and to create an applicant account. */
@Controller
class AccountPageController {

    private final RegistrationService registration;

    AccountPageController(RegistrationService registration) {
        this.registration = registration;
    }

    @GetMapping("/login")
    String login() {
        return "portal/login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", new RegistrationService.Registration("", "", "", "", "", "en"));
        model.addAttribute("errors", Map.of());
        return "portal/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationService.Registration form, Model model) {
        try {
            registration.register(form);
            return "redirect:/login?registered";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a)));
        } catch (ConflictException e) {
            model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
        }
        return "portal/register";
    }
}
