package io.grantflow.application;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grantflow.call.Call;
import io.grantflow.problem.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The error summary at the top of the application form: one link per field in error, named by the field's label in
 * the page's language, to the field's id on the page.
 */
@Component
class ApplyErrors {

    private static final Pattern PARTNER = Pattern.compile("partners\\[(\\d+)]\\.(\\w+)");

    /** A line of the summary: the id of the field it leads to, its label, what is wrong. */
    record Link(String target, String label, String message) {
    }

    private final MessageSource messages;

    ApplyErrors(MessageSource messages) {
        this.messages = messages;
    }

    List<Link> links(Map<String, String> byField, Call call) {
        return byField.entrySet().stream()
                .map(e -> new Link(target(e.getKey()), label(e.getKey(), call), e.getValue()))
                .toList();
    }

    /** What is wrong, in the page's language when the problem has a message key; the API's English otherwise. */
    String say(FieldProblem problem) {
        if (problem.key() == null) {
            return problem.message();
        }
        return messages.getMessage(problem.key(), problem.args().toArray(), problem.message(), LocaleContextHolder.getLocale());
    }

    /** Maps the API's field names (keywords[2], partners[1].country) to the form's (keywords, partners[1].country). */
    static String portalField(String field) {
        if (field.equals("partners") || field.matches("partners\\[\\d+]")) {
            return (field.equals("partners") ? "partners[0]" : field) + ".institution";
        }
        for (String listed : List.of("keywords", "excludedReviewers", "yearlyBudget")) {
            if (field.startsWith(listed)) {
                return listed;
            }
        }
        return field;
    }

    private static String target(String field) {
        return field.equals("yearlyBudget") ? "year1" : field;
    }

    private String label(String field, Call call) {
        Matcher partner = PARTNER.matcher(field);
        if (partner.matches()) {
            String part = switch (partner.group(2)) {
                case "institution" -> "partnerInstitution";
                case "country" -> "partnerCountry";
                case "leadName" -> "partnerLead";
                default -> "partnerEmail";
            };
            return text("draft.partnerRow", Integer.parseInt(partner.group(1)) + 1) + " · " + text("apply.field." + part);
        }
        return switch (field) {
            case "yearlyBudget" -> text("apply.yearlyBudget");
            case ProposalCheck.FIELD -> text("apply.field.proposal", call.settings().whole("proposalMaxBytes") / 1048576);
            default -> messages.getMessage("apply.field." + field, null, field, LocaleContextHolder.getLocale());
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
