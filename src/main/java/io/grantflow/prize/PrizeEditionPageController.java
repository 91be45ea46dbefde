package io.grantflow.prize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.problem.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' page of a prize edition (under the dashboard, so the security chain refuses everyone else): its
 * jury and chair, nominator groups, home-country exclusion and embargo, saved through {@link PrizeEditions} with
 * its rules, and what the edition can no longer change.
 */
@Controller
class PrizeEditionPageController {

    private final PrizeEditions editions;
    private final CallService calls;
    private final JuryPool pool;
    private final PrizeGroups groups;
    private final EditionProgress progress;
    private final MessageSource messages;

    PrizeEditionPageController(PrizeEditions editions, CallService calls, JuryPool pool, PrizeGroups groups,
                               EditionProgress progress, MessageSource messages) {
        this.editions = editions;
        this.calls = calls;
        this.pool = pool;
        this.groups = groups;
        this.progress = progress;
        this.messages = messages;
    }

    /** A line of the error summary: the field's id on the page, its label and what is wrong. */
    record Problem(String id, String label, String message) {
    }

    @GetMapping("/portal/dashboard/calls/{callId}/edition")
    String edition(@PathVariable String callId, @RequestParam(required = false) String saved, Model model, Locale locale) {
        Call call = prizeCall(callId);
        PrizeEdition edition = editions.get(callId);
        model.addAttribute("saved", saved != null);
        return page(model, call, EditionForm.of(edition), Map.of(), List.of(), locale);
    }

    @PostMapping("/portal/dashboard/calls/{callId}/edition")
    String save(@PathVariable String callId, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
                Authentication user, HttpServletResponse response) {
        Call call = prizeCall(callId);
        PrizeEdition current = editions.get(callId);
        EditionForm.Values typed = EditionForm.typed(form, current);
        Map<String, String> unreadable = new LinkedHashMap<>();
        PrizeEditions.Settings settings = EditionForm.settings(form, typed, current, unreadable);
        Map<String, String> errors = new LinkedHashMap<>();
        unreadable.forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key, locale)));
        List<Problem> locked = new ArrayList<>();
        if (errors.isEmpty() && settings.equals(EditionForm.UNCHANGED) && editions.stage(callId).juryLocked()) {
            // the form sent again as it was once the edition went on (a double click on the appointment): nothing to keep
            return "redirect:/portal/dashboard/calls/" + callId + "/edition?saved";
        }
        if (errors.isEmpty()) {
            try {
                editions.configureAndResume(callId, settings, user.getName());
                return "redirect:/portal/dashboard/calls/" + callId + "/edition?saved";
            } catch (PrizeEditions.SettingsRefused e) {
                for (PrizeEditions.Refusal r : e.refusals()) {
                    errors.merge(r.field(), refusal(r, locale), (a, b) -> a + "; " + b);
                }
            } catch (PrizeEditions.SettingsLocked e) {
                locked.add(new Problem("locks", message("edition.locks.title", locale),
                        message("edition.lock." + e.stage().name(), locale)));
            }
        }
        response.setStatus(locked.isEmpty() ? 400 : 409);
        model.addAttribute("saved", false);
        return page(model, call, locked.isEmpty() ? typed : EditionForm.of(current), errors, locked, locale);
    }

    private String page(Model model, Call call, EditionForm.Values values, Map<String, String> errors,
                        List<Problem> locked, Locale locale) {
        List<Problem> problems = new ArrayList<>(locked);
        errors.forEach((field, text) -> problems.add(new Problem(field, message("edition.field." + field, locale), text)));
        PrizeEditions.Stage stage = editions.stage(call.id());
        model.addAttribute("call", call);
        model.addAttribute("closesAt", call.closesAt().atZone(Call.FUNDER_ZONE));
        model.addAttribute("stage", stage);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        model.addAttribute("jurors", pool.members(values.jury()));
        model.addAttribute("groups", groups.choices());
        model.addAttribute("progress", progress.of(call.id()));
        return "portal/dashboard/edition";
    }

    private String refusal(PrizeEditions.Refusal r, Locale locale) {
        if (r.value() == null) {
            return message("edition.error." + r.code(), locale);
        }
        String value = r.value().length() > 80 ? r.value().substring(0, 80) + "…" : r.value();
        return messages.getMessage("edition.error." + r.code(), new Object[] {value}, r.code(), locale);
    }

    /** The call, if it is an edition of a prize: any other id is a page that does not exist. */
    private Call prizeCall(String callId) {
        Call call = calls.get(callId);
        if (!calls.programmeOf(call).awardsPrizes()) {
            throw new NotFoundException("No prize edition " + callId);
        }
        return call;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
