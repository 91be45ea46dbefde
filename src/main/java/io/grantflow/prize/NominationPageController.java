package io.grantflow.prize;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.grantflow.application.ProposalFile;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.PayloadTooLargeException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The portal's nomination form, with the same checks as the API shown beside the fields, and the nominator's own list. */
@Controller
class NominationPageController {

    private final NominationService nominations;
    private final CallService calls;
    private final NominatorNominations mine;

    NominationPageController(NominationService nominations, CallService calls, NominatorNominations mine) {
        this.nominations = nominations;
        this.calls = calls;
        this.mine = mine;
    }

    @GetMapping("/portal/nominations")
    String mine(Model model, Authentication user) {
        model.addAttribute("nominations", mine.of(user.getName()));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/nominations";
    }

    @GetMapping("/portal/calls/{callId}/nominate")
    String form(@PathVariable String callId, Model model) {
        Call call = calls.get(callId);
        if (calls.statusOf(call) != CallStatus.OPEN) {
            return "redirect:/portal/calls/" + call.id(); // the edition's page says why it takes no nomination
        }
        return page(model, call, new NominationForm(null, null, null, null, null, "en", null), Map.of(), null);
    }

    @PostMapping("/portal/calls/{callId}/nominate")
    String nominate(@PathVariable String callId, @ModelAttribute NominationForm form, @RequestParam("cv") MultipartFile cv,
                    @RequestParam(name = "letters", required = false) List<MultipartFile> letters, Model model,
                    Authentication user) {
        Call call = calls.get(callId);
        try {
            List<ProposalFile> letterFiles = letters == null ? List.of()
                    : letters.stream().filter(l -> !l.isEmpty()).map(l -> read("letters", l)).toList();
            nominations.nominate(callId, user.getName(), form, read("cv", cv), letterFiles);
            return "redirect:/portal/nominations?nominated";
        } catch (InvalidInputException e) {
            return page(model, call, form, e.problems().stream()
                    .collect(Collectors.toMap(p -> p.field().replaceAll("\\[.*", ""), FieldProblem::message, (a, b) -> a)), null);
        } catch (ConflictException e) {
            return page(model, call, form, Map.of(), e.getMessage());
        } catch (NominatorNotAllowedException e) {
            return page(model, call, form, Map.of(), e.getBody().getDetail());
        } catch (PayloadTooLargeException e) {
            return page(model, call, form, Map.of(), e.getMessage());
        }
    }

    private String page(Model model, Call call, NominationForm form, Map<String, String> errors, String error) {
        model.addAttribute("call", call);
        model.addAttribute("zone", Call.FUNDER_ZONE);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        return "portal/nominate";
    }

    private static ProposalFile read(String field, MultipartFile file) {
        try {
            return new ProposalFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new InvalidInputException(field, "could not be read");
        }
    }
}
