package io.grantflow.call;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.programme.ProgrammeDefinition;
import io.grantflow.programme.Programmes;
import io.grantflow.programme.Setting;
import io.grantflow.programme.SettingType;
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
 * The managers' pages that create a call and change its settings (the security chain refuses everyone else). The
 * inputs of the settings are made from the programme's declaration of them, so a programme's new setting has its
 * input without a change here. Every field is read here as text, so that a missing or malformed one is named on
 * the page (400) rather than failing the request.
 */
@Controller
class CallPageController {

    static final String RULES = "rules.";

    private final CallService calls;
    private final Programmes programmes;
    private final CallFormFields fields;
    private final MessageSource messages;

    CallPageController(CallService calls, Programmes programmes, CallFormFields fields, MessageSource messages) {
        this.calls = calls;
        this.programmes = programmes;
        this.fields = fields;
        this.messages = messages;
    }

    /** One generated input: what the template needs to draw a setting. */
    record SettingInput(String name, String id, String kind, String label, String help, String value, boolean checked,
                        String min, String max, String step, String error) {
    }

    /** A line of the error summary: the field's id on the page, its label and what is wrong. */
    record Problem(String id, String label, String message) {
    }

    @GetMapping("/portal/calls/new")
    String newCall(@RequestParam(required = false) String programme, Model model, Locale locale,
                   HttpServletResponse response) {
        if (programme == null || programme.isBlank()) {
            return chooser(model, null);
        }
        ProgrammeDefinition definition = programmes.find(programme).orElse(null);
        if (definition == null) {
            response.setStatus(404);
            return chooser(model, messages.getMessage("calls.new.unknownProgramme", new Object[] {programme}, locale));
        }
        Map<String, String> values = new LinkedHashMap<>();
        definition.settings().values().forEach(s -> values.put(RULES + s.name(), text(s.defaultValue())));
        return createForm(model, definition, values, Map.of(), locale);
    }

    @PostMapping("/portal/calls/new")
    String create(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale, Authentication user,
                  HttpServletResponse response) {
        String programmeId = form.getFirst("programme");
        ProgrammeDefinition definition = programmeId == null ? null : programmes.find(programmeId).orElse(null);
        if (definition == null) {
            response.setStatus(400);
            return chooser(model, messages.getMessage(programmeId == null || programmeId.isBlank()
                    ? "calls.new.noProgramme" : "calls.new.unknownProgramme", new Object[] {programmeId}, locale));
        }
        Map<String, String> values = typed(form, definition);
        Map<String, String> errors = new LinkedHashMap<>();
        String title = values.get("title");
        Instant opensAt = fields.time(values, "opensAt", errors, locale);
        Instant closesAt = fields.time(values, "closesAt", errors, locale);
        BigDecimal envelope = fields.amount(values, "envelopeEur", errors, locale);
        Map<String, Object> rules = rules(definition, values, errors, locale);
        if (errors.isEmpty()) {
            try {
                Call call = calls.create(new CallService.NewCall(definition.id(), title, opensAt, closesAt, envelope, rules),
                        user.getName());
                return "redirect:/portal/dashboard/calls/" + call.id();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            }
        }
        response.setStatus(400);
        return createForm(model, definition, values, errors, locale);
    }

    @GetMapping("/portal/calls/{callId}/settings")
    String settings(@PathVariable String callId, Model model, Locale locale) {
        Call call = calls.get(callId);
        ProgrammeDefinition definition = calls.programmeOf(call);
        Map<String, String> values = new LinkedHashMap<>();
        call.settings().asMap().forEach((name, value) -> values.put(RULES + name, text(value)));
        return settingsForm(model, call, definition, values, Map.of(), false, locale);
    }

    @PostMapping("/portal/calls/{callId}/settings")
    String changeSettings(@PathVariable String callId, @RequestParam MultiValueMap<String, String> form, Model model,
                          Locale locale, Authentication user, HttpServletResponse response) {
        Call call = calls.get(callId);
        ProgrammeDefinition definition = calls.programmeOf(call);
        Map<String, String> values = typed(form, definition);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> rules = rules(definition, values, errors, locale);
        if (errors.isEmpty()) {
            Map<String, Object> current = call.settings().asMap();
            Map<String, Object> changes = new LinkedHashMap<>();
            rules.forEach((name, value) -> {
                if (!same(current.get(name), value)) {
                    changes.put(name, value);
                }
            });
            try {
                if (!changes.isEmpty()) {
                    call = calls.changeRules(callId, changes, user.getName());
                }
                Map<String, String> saved = new LinkedHashMap<>();
                call.settings().asMap().forEach((name, value) -> saved.put(RULES + name, text(value)));
                return settingsForm(model, call, definition, saved, Map.of(), true, locale);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
            }
        }
        response.setStatus(400);
        return settingsForm(model, call, definition, values, errors, false, locale);
    }

    private String chooser(Model model, String error) {
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("error", error);
        return "portal/calls/choose";
    }

    private String createForm(Model model, ProgrammeDefinition definition, Map<String, String> values,
                              Map<String, String> errors, Locale locale) {
        model.addAttribute("programme", definition);
        model.addAttribute("programmeName", definition.name().in(locale));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("inputs", inputs(definition, values, errors, locale));
        model.addAttribute("problems", summary(definition, errors, locale));
        return "portal/calls/new";
    }

    private String settingsForm(Model model, Call call, ProgrammeDefinition definition, Map<String, String> values,
                                Map<String, String> errors, boolean saved, Locale locale) {
        model.addAttribute("call", call);
        model.addAttribute("programmeName", definition.name().in(locale));
        model.addAttribute("inputs", inputs(definition, values, errors, locale));
        model.addAttribute("problems", summary(definition, errors, locale));
        model.addAttribute("saved", saved);
        return "portal/calls/settings";
    }

    /** The values as typed, by field name; a checkbox not ticked is "false". */
    private static Map<String, String> typed(MultiValueMap<String, String> form, ProgrammeDefinition definition) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("title", "opensAt", "closesAt", "envelopeEur")) {
            values.put(field, form.getFirst(field));
        }
        for (Setting s : definition.settings().values()) {
            String value = form.getFirst(RULES + s.name());
            values.put(RULES + s.name(), s.type() == SettingType.BOOLEAN ? String.valueOf(value != null) : value);
        }
        return values;
    }

    private Map<String, Object> rules(ProgrammeDefinition definition, Map<String, String> values,
                                      Map<String, String> errors, Locale locale) {
        Map<String, Object> rules = new LinkedHashMap<>();
        for (Setting s : definition.settings().values()) {
            String field = RULES + s.name();
            String text = values.get(field);
            switch (s.type()) {
                case BOOLEAN -> rules.put(s.name(), Boolean.parseBoolean(text));
                case INTEGER -> {
                    if (CallFormFields.blank(text)) {
                        errors.put(field, message("calls.error.required", locale));
                    } else {
                        try {
                            BigInteger value = new BigInteger(text.trim());
                            rules.put(s.name(), value);
                            inRange(s, new BigDecimal(value), errors, locale);
                        } catch (NumberFormatException e) {
                            errors.put(field, message("calls.error.wholeNumber", locale));
                        }
                    }
                }
                case AMOUNT -> {
                    BigDecimal amount = fields.amount(values, field, errors, locale);
                    if (amount != null) {
                        rules.put(s.name(), amount);
                        inRange(s, amount, errors, locale);
                    }
                }
            }
        }
        return rules;
    }

    /** The bounds the programme declares, said in the page's language (the service checks them again, and the rest). */
    private void inRange(Setting s, BigDecimal value, Map<String, String> errors, Locale locale) {
        if (s.min() != null && value.compareTo(s.min()) < 0) {
            errors.put(RULES + s.name(), messages.getMessage("calls.error.min", new Object[] {s.min().toPlainString()}, locale));
        } else if (s.max() != null && value.compareTo(s.max()) > 0) {
            errors.put(RULES + s.name(), messages.getMessage("calls.error.max", new Object[] {s.max().toPlainString()}, locale));
        }
    }

    private List<SettingInput> inputs(ProgrammeDefinition definition, Map<String, String> values,
                                      Map<String, String> errors, Locale locale) {
        List<SettingInput> inputs = new ArrayList<>();
        for (Setting s : definition.settings().values()) {
            String field = RULES + s.name();
            String value = values.get(field);
            inputs.add(new SettingInput(field, "rule-" + s.name(),
                    s.type() == SettingType.BOOLEAN ? "checkbox" : "number",
                    s.label() == null ? s.name() : s.label().in(locale),
                    s.help() == null ? null : s.help().in(locale),
                    value, "true".equals(value),
                    s.min() == null ? null : s.min().toPlainString(), s.max() == null ? null : s.max().toPlainString(),
                    s.type() == SettingType.AMOUNT ? "0.01" : "1", errors.get(field)));
        }
        return inputs;
    }

    private List<Problem> summary(ProgrammeDefinition definition, Map<String, String> errors, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        errors.forEach((field, message) -> {
            String label;
            String id;
            if (field.startsWith(RULES)) {
                Setting s = definition.settings().get(field.substring(RULES.length()));
                label = s == null || s.label() == null ? field : s.label().in(locale);
                id = "rule-" + field.substring(RULES.length());
            } else {
                label = messages.getMessage("calls.field." + field, null, field, locale);
                id = field;
            }
            problems.add(new Problem(id, label, message));
        });
        return problems;
    }

    private String message(String key, Locale locale) {
        return fields.message(key, locale);
    }

    private static boolean same(Object current, Object value) {
        if (current instanceof Number a && value instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(current, value);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
