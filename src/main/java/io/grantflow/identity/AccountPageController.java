package io.grantflow.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Portal pages to log in and to create an applicant account. */
@Controller
class AccountPageController {

    /** The sign-up form's fields in the order the page shows them, which the error summary follows. */
    private static final List<String> FIELDS = List.of("userId", "firstName", "lastName", "email", "password", "language");

    private final RegistrationService registration;
    private final MessageSource messages;

    AccountPageController(RegistrationService registration, MessageSource messages) {
        this.registration = registration;
        this.messages = messages;
    }

    /** After a refused login ({@code ?error}) the summary says so and leads to the user id. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model, Locale locale) {
        model.addAttribute("failed", error != null);
        model.addAttribute("summary", error == null ? List.of() : List.of(new ErrorLink("username",
                messages.getMessage("login.user", null, locale), messages.getMessage("login.failed", null, locale))));
        return "portal/login";
    }

    @GetMapping("/register")
    String registerForm(Model model, Locale locale) {
        String language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
        return page(model, new RegistrationService.Registration("", "", "", "", null, language), Map.of(), locale);
    }

    /**
     * A refusal shows the form again with a summary of every problem at the top, each message beside its field and
     * what was typed, but never the password; the service words the messages in the page's language.
     */
    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationService.Registration form, Model model, Locale locale,
                    HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            registration.register(form, locale);
            return "redirect:/login?registered";
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                errors.putIfAbsent(problem.field(), problem.message());
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException e) {
            errors.put(e.field(), e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        RegistrationService.Registration typed = new RegistrationService.Registration(form.userId(), form.firstName(),
                form.lastName(), form.email(), null, form.language());
        return page(model, typed, errors, locale);
    }

    private String page(Model model, RegistrationService.Registration form, Map<String, String> errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", FIELDS.stream().filter(errors::containsKey)
                .map(f -> new ErrorLink(f, messages.getMessage("register." + f, null, locale), errors.get(f))).toList());
        return "portal/register";
    }
}
