package io.grantflow.identity;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
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
    String registerForm(Model model, Locale locale) {
        String language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
        return page(model, new RegistrationService.Registration("", "", "", "", null, language), Map.of());
    }

    /** A refusal shows the form again with each message beside its field and what was typed, but never the password. */
    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationService.Registration form, Model model, Locale locale,
                    HttpServletResponse response) {
        Map<String, String> errors;
        try {
            registration.register(form, locale);
            return "redirect:/login?registered";
        } catch (InvalidInputException e) {
            errors = e.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a));
        } catch (ConflictException e) {
            errors = Map.of(e.field(), e.getMessage());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        RegistrationService.Registration typed = new RegistrationService.Registration(form.userId(), form.firstName(),
                form.lastName(), form.email(), null, form.language());
        return page(model, typed, errors);
    }

    private static String page(Model model, RegistrationService.Registration form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "portal/register";
    }
}
