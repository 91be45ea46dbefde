package io.grantflow.callpage;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A call's page, open to everyone: the open calls link to it, and applying or nominating starts from it. */
@Controller
class PublicCallController {

    private final CallPages pages;

    PublicCallController(CallPages pages) {
        this.pages = pages;
    }

    @GetMapping("/portal/calls/{callId}")
    String call(@PathVariable String callId, Authentication reader, Model model, Locale locale) {
        model.addAttribute("page", pages.of(callId, reader, locale));
        return "portal/call";
    }
}
