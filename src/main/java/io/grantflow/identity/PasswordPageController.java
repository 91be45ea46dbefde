package io.grantflow.identity;

import java.util.List;
import java.util.Locale;

import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page behind a mailed one-time link where someone whose account a manager created chooses a password. */
@Controller
class PasswordPageController {

    private final PasswordLinks links;
    private final MessageSource messages;

    PasswordPageController(PasswordLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/account/password/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        if (links.userOf(token).isEmpty()) {
            response.setStatus(404);
            return "portal/password-link-closed";
        }
        model.addAttribute("token", token);
        model.addAttribute("summary", List.of());
        return "portal/password";
    }

    @PostMapping("/account/password/{token}")
    String choose(@PathVariable String token, @RequestParam(required = false) String password, Model model, Locale locale,
                  HttpServletResponse response) {
        if (links.userOf(token).isEmpty()) {
            response.setStatus(404);
            return "portal/password-link-closed";
        }
        try {
            links.choose(token, password, locale);
            return "redirect:/login?registered";
        } catch (NotFoundException closedMeanwhile) { // by a second click sent at the same moment
            response.setStatus(404);
            return "portal/password-link-closed";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            String error = e.problems().get(0).message();
            model.addAttribute("token", token);
            model.addAttribute("error", error);
            model.addAttribute("summary", List.of(new ErrorLink("password", messages.getMessage("register.password", null, locale), error)));
            return "portal/password";
        }
    }
}
