package io.grantflow.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager's page of a call's title, dates and envelope, with "open now" and "close now" (the security chain
 * refuses everyone else). Fields are read as text so that a malformed one is named on the page (400).
 */
@Controller
class CallSchedulePageController {

    private static final List<String> FIELDS = List.of("title", "opensAt", "closesAt", "envelopeEur");

    private final CallService calls;
    private final CallSchedule schedule;
    private final CallFormFields fields;
    private final MessageSource messages;

    CallSchedulePageController(CallService calls, CallSchedule schedule, CallFormFields fields, MessageSource messages) {
        this.calls = calls;
        this.schedule = schedule;
        this.fields = fields;
        this.messages = messages;
    }

    @GetMapping("/portal/calls/{callId}/schedule")
    String show(@PathVariable String callId, Model model, Locale locale) {
        Call call = calls.get(callId);
        return page(model, call, valuesOf(call), Map.of(), null, locale);
    }

    @PostMapping("/portal/calls/{callId}/schedule")
    String change(@PathVariable String callId, @RequestParam Map<String, String> form, Model model, Locale locale,
                  Authentication user, HttpServletResponse response) {
        Call call = calls.get(callId);
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, form.get(f)));
        Map<String, String> errors = new LinkedHashMap<>();
        Instant opensAt = calls.statusOf(call) == CallStatus.UPCOMING ? fields.time(values, "opensAt", errors, locale) : call.opensAt();
        Instant closesAt = fields.time(values, "closesAt", errors, locale);
        BigDecimal envelope = fields.amount(values, "envelopeEur", errors, locale);
        if (errors.isEmpty()) {
            try {
                Call changed = schedule.change(callId, new CallSchedule.Change(values.get("title"), opensAt, closesAt, envelope),
                        user.getName());
                return page(model, changed, valuesOf(changed), Map.of(), "calls.schedule.saved", locale);
            } catch (ScheduleRefused e) {
                e.reasons().forEach((field, reason) -> errors.putIfAbsent(field, refusal(reason, locale)));
            }
        }
        response.setStatus(400);
        return page(model, call, values, errors, null, locale);
    }

    @PostMapping("/portal/calls/{callId}/open")
    String openNow(@PathVariable String callId, Model model, Locale locale, Authentication user, HttpServletResponse response) {
        return now(callId, model, locale, response, () -> schedule.openNow(callId, user.getName()), "calls.schedule.opened");
    }

    @PostMapping("/portal/calls/{callId}/close")
    String closeNow(@PathVariable String callId, Model model, Locale locale, Authentication user, HttpServletResponse response) {
        return now(callId, model, locale, response, () -> schedule.closeNow(callId, user.getName()), "calls.schedule.closed");
    }

    private String now(String callId, Model model, Locale locale, HttpServletResponse response,
                       Supplier<Call> action, String done) {
        try {
            Call changed = action.get();
            return page(model, changed, valuesOf(changed), Map.of(), done, locale);
        } catch (ScheduleRefused e) {
            // a second click, or a call that opened or closed meanwhile: said plainly, nothing changed
            response.setStatus(409);
            Call call = calls.get(callId);
            return page(model, call, valuesOf(call), Map.of("call", refusal(e.reasons().get("call"), locale)), null, locale);
        }
    }

    private String page(Model model, Call call, Map<String, String> values, Map<String, String> errors, String done,
                        Locale locale) {
        model.addAttribute("call", call);
        model.addAttribute("status", calls.statusOf(call));
        model.addAttribute("programmeName", calls.programmeOf(call).name().in(locale));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", errors.entrySet().stream().map(e -> new CallPageController.Problem(
                e.getKey().equals("call") ? "schedule-actions" : e.getKey(),
                messages.getMessage("calls.field." + e.getKey(), null, e.getKey(), locale), e.getValue())).toList());
        model.addAttribute("done", done);
        return "portal/calls/schedule";
    }

    private static Map<String, String> valuesOf(Call call) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", call.title());
        values.put("opensAt", ParisTime.field(call.opensAt()));
        values.put("closesAt", ParisTime.field(call.closesAt()));
        values.put("envelopeEur", call.envelopeEur().stripTrailingZeros().toPlainString());
        return values;
    }

    private String refusal(ScheduleRefused.Reason reason, Locale locale) {
        return message("calls.schedule.refused." + reason.name(), locale);
    }

    private String message(String key, Locale locale) {
        return fields.message(key, locale);
    }
}
