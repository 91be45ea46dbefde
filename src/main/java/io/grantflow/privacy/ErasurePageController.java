package io.grantflow.privacy;

import io.grantflow.call.Call;
import io.grantflow.problem.ConflictException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The managers' page of erasure requests: each with what still runs, to confirm or to refuse with a reason. */
@Controller
class ErasurePageController {

    private final ErasureRequests erasures;

    ErasurePageController(ErasureRequests erasures) {
        this.erasures = erasures;
    }

    @GetMapping("/portal/dashboard/erasures")
    String list(Model model) {
        return page(model, null);
    }

    @PostMapping("/portal/dashboard/erasures/{id}/confirm")
    String confirm(@PathVariable String id, Authentication manager, Model model, HttpServletResponse response) {
        try {
            erasures.confirm(id, manager.getName());
            return "redirect:/portal/dashboard/erasures?erased";
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(model, "erasure.error.conflict");
        }
    }

    @PostMapping("/portal/dashboard/erasures/{id}/refuse")
    String refuse(@PathVariable String id, @RequestParam(required = false) String note, Authentication manager, Model model,
                  HttpServletResponse response) {
        if (note != null && note.length() > 1000) {
            response.setStatus(400);
            return page(model, "erasure.error.note");
        }
        try {
            erasures.refuse(id, manager.getName(), note);
            return "redirect:/portal/dashboard/erasures?refused";
        } catch (ConflictException e) {
            response.setStatus(409);
            return page(model, "erasure.error.conflict");
        }
    }

    /** The page, with the message key of a refusal (or none). */
    private String page(Model model, String refusal) {
        model.addAttribute("pending", erasures.pending());
        model.addAttribute("zone", Call.FUNDER_ZONE);
        model.addAttribute("refusal", refusal);
        return "portal/dashboard/erasures";
    }
}
