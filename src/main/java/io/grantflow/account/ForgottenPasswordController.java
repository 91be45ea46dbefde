package io.grantflow.account;

import java.util.List;
import java.util.Locale;

import io.grantflow.identity.ErrorLink;
import io.grantflow.identity.RegistrationService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Forgotten your password?": the address of the account, then the same answer whether an account uses it or not. */
@Controller
class ForgottenPasswordController {

    private final ForgottenPasswords forgotten;
    private final MessageSource messages;

    ForgottenPasswordController(ForgottenPasswords forgotten, MessageSource messages) {
        this.forgotten = forgotten;
        this.messages = messages;
    }

    @GetMapping("/account/forgotten")
    String form(Model model) {
        model.addAttribute("summary", List.of());
        return "portal/password-forgotten";
    }

    @PostMapping("/account/forgotten")
    String ask(@RequestParam(required = false) String email, Model model, Locale locale, HttpServletResponse response) {
        String problem = email == null || email.isBlank() ? "forgotten.error.blank" : RegistrationService.emailProblem(email);
        if (problem != null) {
            response.setStatus(400);
            String error = messages.getMessage(problem, null, locale);
            model.addAttribute("email", email == null || email.length() > 254 ? "" : email);
            model.addAttribute("error", error);
            model.addAttribute("summary", List.of(new ErrorLink("email", messages.getMessage("register.email", null, locale), error)));
            return "portal/password-forgotten";
        }
        forgotten.ask(email);
        return "redirect:/account/forgotten?sent"; // a reload of the answer sends nothing again
    }
}
