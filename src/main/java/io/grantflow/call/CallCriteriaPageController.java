package io.grantflow.call;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.grantflow.problem.InvalidInputException;
import io.grantflow.programme.Criterion;
import io.grantflow.programme.Text;
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
 * The manager's page of a grant call's review criteria, until the call closes: each criterion's names, weight and
 * threshold changed, a criterion removed, one added on the scale of the first. Scales themselves are the
 * programme's (or the API's): a page of levels per criterion would be long for a rare need.
 */
@Controller
class CallCriteriaPageController {

    /** One criterion's row as typed: {@code c<i>.<field>} in the form, {@code new.<field>} for the one added. */
    record Row(String prefix, String id, String nameEn, String nameFr, String weight, String threshold, boolean remove,
               List<String> levels) {

        /** The criterion's name in the page's language, as typed; its short name while it has none. */
        public String nameIn(Locale locale) {
            return CallFormFields.blank(nameEn) ? id : new Text(nameEn, nameFr).in(locale);
        }
    }

    private final CallService calls;
    private final CallFormFields fields;
    private final MessageSource messages;

    CallCriteriaPageController(CallService calls, CallFormFields fields, MessageSource messages) {
        this.calls = calls;
        this.fields = fields;
        this.messages = messages;
    }

    @GetMapping("/portal/calls/{callId}/criteria")
    String show(@PathVariable String callId, Model model, Locale locale, HttpServletResponse response) {
        Call call = calls.get(callId);
        return page(model, call, rows(call, locale), emptyNew(), Map.of(), false, locale, response);
    }

    private static List<Row> rows(Call call, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < call.criteria().size(); i++) {
            Criterion c = call.criteria().get(i);
            rows.add(new Row("c" + i, c.id(), c.name().en(), c.name().fr(), plain(c.weight()), plain(c.threshold()), false,
                    levelLines(c, locale)));
        }
        return rows;
    }


    @PostMapping("/portal/calls/{callId}/criteria")
    String change(@PathVariable String callId, @RequestParam Map<String, String> form, Model model, Locale locale,
                  Authentication user, HttpServletResponse response) {
        Call call = calls.get(callId);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < call.criteria().size(); i++) {
            Criterion current = call.criteria().get(i);
            rows.add(typed(form, "c" + i, current.id(), levelLines(current, locale)));
        }
        Row added = typed(form, "new", form.getOrDefault("new.id", ""), List.of());
        Map<String, String> errors = new LinkedHashMap<>();
        List<Criterion> criteria = read(call, rows, added, errors, locale);
        if (errors.isEmpty()) {
            try {
                Call changed = calls.changeCriteria(callId, criteria, user.getName());
                return page(model, changed, rows(changed, locale), emptyNew(), Map.of(), true, locale, response);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.putIfAbsent(p.field().startsWith("criteria[") ? "criteria" : p.field(),
                        p.message()));
            }
        }
        response.setStatus(400);
        return page(model, call, rows, added, errors, false, locale, response);
    }

    private List<Criterion> read(Call call, List<Row> rows, Row added, Map<String, String> errors, Locale locale) {
        List<Criterion> criteria = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!row.remove()) {
                Criterion current = call.criteria().get(i);
                ids.add(current.id());
                criteria.add(criterion(row, current.id(), current.levels(), errors, locale));
            }
        }
        if (!CallFormFields.blank(added.id()) || !CallFormFields.blank(added.nameEn())) {
            String id = added.id() == null ? "" : added.id().trim();
            if (!CallCriteria.ID.matcher(id).matches()) {
                errors.put("new.id", fields.message("calls.criteria.error.id", locale));
            } else if (!ids.add(id)) {
                errors.put("new.id", fields.message("calls.criteria.error.sameId", locale));
            }
            Map<Integer, Text> scale = (call.criteria().isEmpty() ? calls.programmeOf(call).criteria() : call.criteria())
                    .get(0).levels();
            criteria.add(criterion(added, id, scale, errors, locale));
        }
        if (criteria.isEmpty() || criteria.size() > CallCriteria.MAX_CRITERIA) {
            errors.put("criteria", messages.getMessage("calls.criteria.error.count", new Object[] {CallCriteria.MAX_CRITERIA}, locale));
        }
        return criteria;
    }

    private Criterion criterion(Row row, String id, Map<Integer, Text> levels, Map<String, String> errors, Locale locale) {
        String en = name(row, "nameEn", row.nameEn(), errors, locale);
        String fr = name(row, "nameFr", row.nameFr(), errors, locale);
        Map<String, String> values = Map.of(row.prefix() + ".weight", nullToEmpty(row.weight()),
                row.prefix() + ".threshold", nullToEmpty(row.threshold()));
        BigDecimal weight = fields.amount(values, row.prefix() + ".weight", errors, locale);
        if (weight != null && weight.signum() <= 0) {
            errors.put(row.prefix() + ".weight", fields.message("calls.criteria.error.weight", locale));
        }
        BigDecimal threshold = null;
        if (!CallFormFields.blank(row.threshold())) {
            threshold = fields.amount(values, row.prefix() + ".threshold", errors, locale);
            int lowest = levels.keySet().stream().min(Integer::compare).orElse(0);
            int highest = levels.keySet().stream().max(Integer::compare).orElse(0);
            if (threshold != null && (threshold.compareTo(BigDecimal.valueOf(lowest)) < 0
                    || threshold.compareTo(BigDecimal.valueOf(highest)) > 0)) {
                errors.put(row.prefix() + ".threshold",
                        messages.getMessage("calls.criteria.error.threshold", new Object[] {lowest, highest}, locale));
            }
        }
        return new Criterion(id, new Text(en, fr), weight, threshold, levels);
    }

    private String name(Row row, String field, String value, Map<String, String> errors, Locale locale) {
        String name = value == null ? "" : value.trim();
        if (name.isEmpty()) {
            errors.put(row.prefix() + "." + field, fields.message("calls.error.required", locale));
        } else if (name.length() > CallCriteria.MAX_TEXT_CHARS) {
            errors.put(row.prefix() + "." + field, messages.getMessage("calls.criteria.error.long",
                    new Object[] {CallCriteria.MAX_TEXT_CHARS}, locale));
        }
        return name;
    }

    private String page(Model model, Call call, List<Row> rows, Row added, Map<String, String> errors, boolean saved,
                        Locale locale, HttpServletResponse response) {
        boolean prize = calls.programmeOf(call).awardsPrizes();
        if (prize) {
            response.setStatus(404);
        }
        model.addAttribute("call", call);
        model.addAttribute("prize", prize);
        model.addAttribute("closed", calls.statusOf(call) == CallStatus.CLOSED);
        model.addAttribute("programmeName", calls.programmeOf(call).name().in(locale));
        model.addAttribute("rows", rows);
        model.addAttribute("added", added);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", errors.entrySet().stream().map(e -> new CallPageController.Problem(
                e.getKey().equals("criteria") ? "criteria-form" : e.getKey().replace('.', '-'), label(e.getKey(), rows, locale), e.getValue())).toList());
        model.addAttribute("saved", saved);
        return "portal/calls/criteria";
    }

    /** "Feasibility: weight" for a row's field, "New criterion: name in English" for the added one. */
    private String label(String field, List<Row> rows, Locale locale) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            return fields.message("calls.criteria.title", locale);
        }
        String prefix = field.substring(0, dot);
        String which = prefix.equals("new") ? fields.message("calls.criteria.new", locale)
                : rows.stream().filter(r -> r.prefix().equals(prefix))
                .map(r -> r.nameIn(locale))
                .findFirst().orElse(prefix);
        return messages.getMessage("calls.criteria.fieldOf",
                new Object[] {which, fields.message("calls.criteria.field." + field.substring(dot + 1), locale)}, locale);
    }

    private static Row typed(Map<String, String> form, String prefix, String id, List<String> levels) {
        return new Row(prefix, id, form.get(prefix + ".nameEn"), form.get(prefix + ".nameFr"), form.get(prefix + ".weight"),
                form.get(prefix + ".threshold"), form.containsKey(prefix + ".remove"), levels);
    }

    private static Row emptyNew() {
        return new Row("new", "", "", "", "1", "", false, List.of());
    }

    private static List<String> levelLines(Criterion c, Locale locale) {
        return c.scores().stream().map(score -> score + " · " + c.levels().get(score).in(locale)).toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
