package io.grantflow.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.grantflow.call.Call;
import io.grantflow.call.CallSettings;
import io.grantflow.names.Orcids;
import io.grantflow.programme.ProgrammeDefinition;
import io.grantflow.problem.FieldProblem;

/**
 * Checks at the door: what is missing, too long or malformed is refused before anything is stored.
 * Conditions of the programme (PhD age, unit, partner country, budget cap) are eligibility's, not ours.
 */
final class ApplicationFormValidator {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int KEYWORD_MAX_CHARS = 60;
    private static final int NAME_MAX_CHARS = 200;
    private static final int INSTITUTION_MAX_CHARS = 300;

    private ApplicationFormValidator() {
    }

    static List<FieldProblem> problems(ApplicationForm form, Call call, ProgrammeDefinition programme, LocalDate today) {
        CallSettings rules = call.settings();
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", form.title(), rules.integer("titleMaxChars"));
        text(problems, "abstractText", form.abstractText(), rules.integer("abstractMaxChars"), true);
        keywords(problems, form.keywords(), rules);
        if (form.budgetEur() == null) {
            problems.add(FieldProblem.keyed("budgetEur", "required", "is required"));
        } else if (form.budgetEur().signum() <= 0 || form.budgetEur().scale() > 2 || form.budgetEur().compareTo(new BigDecimal("1E12")) >= 0) {
            problems.add(FieldProblem.keyed("budgetEur", "amount", "must be a positive amount in euros with at most 2 decimals"));
        }
        if (form.durationMonths() == null) {
            problems.add(FieldProblem.keyed("durationMonths", "required", "is required"));
        } else if (form.durationMonths() < 1 || form.durationMonths() > 240) {
            problems.add(FieldProblem.keyed("durationMonths", "months", "must be between 1 and 240 months", 1, 240));
        }
        if (programme.asks(ProgrammeDefinition.PHD_DATE)) {
            if (form.phdDate() == null) {
                problems.add(FieldProblem.keyed("phdDate", "required", "is required"));
            } else if (form.phdDate().isAfter(today)) {
                problems.add(FieldProblem.keyed("phdDate", "future", "is in the future"));
            }
        }
        text(problems, "unitCode", form.unitCode(), 40);
        partners(problems, form.partners());
        exclusions(problems, form.excludedReviewers());
        if (form.applicantOrcid() != null && !form.applicantOrcid().isBlank() && Orcids.normalise(form.applicantOrcid()) == null) {
            problems.add(FieldProblem.keyed("applicantOrcid", "orcid", "is not an ORCID iD (0000-0000-0000-0000, last character checked)"));
        }
        if (programme.asks(ProgrammeDefinition.PROJECT_YEARS)) {
            IrpFormChecks.check(form, problems);
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        text(problems, field, value, max, false);
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean multiline) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.keyed(field, "required", "is required"));
        } else if (value.length() > max) {
            problems.add(FieldProblem.keyed(field, "tooLong", "is longer than " + max + " characters (" + value.length() + ")", max, value.length()));
        } else if (!PlainText.isPlain(value, multiline)) {
            problems.add(FieldProblem.keyed(field, "plainText", PlainText.PROBLEM));
        }
    }

    private static boolean badShortText(String value, int max) {
        return value == null || value.isBlank() || value.length() > max || !PlainText.isPlain(value, false);
    }

    private static void keywords(List<FieldProblem> problems, List<String> keywords, CallSettings rules) {
        if (keywords == null || keywords.size() < rules.integer("keywordsMin") || keywords.size() > rules.integer("keywordsMax")) {
            problems.add(FieldProblem.keyed("keywords", "keywordCount", "give " + rules.integer("keywordsMin") + " to " + rules.integer("keywordsMax") + " keywords",
                    rules.integer("keywordsMin"), rules.integer("keywordsMax")));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keywords.size(); i++) {
            String k = keywords.get(i);
            if (badShortText(k, KEYWORD_MAX_CHARS)) {
                problems.add(FieldProblem.keyed("keywords[" + i + "]", "shortText", "must be 1 to " + KEYWORD_MAX_CHARS + " characters of plain text", KEYWORD_MAX_CHARS));
            } else if (!seen.add(k.trim().toLowerCase(Locale.ROOT))) {
                problems.add(FieldProblem.keyed("keywords[" + i + "]", "keywordRepeated", "repeats an earlier keyword"));
            }
        }
    }

    private static void exclusions(List<FieldProblem> problems, List<String> exclusions) {
        if (exclusions == null) {
            return;
        }
        if (exclusions.size() > 10) {
            problems.add(FieldProblem.keyed("excludedReviewers", "exclusionCount", "at most 10 people or institutions", 10));
            return;
        }
        for (int i = 0; i < exclusions.size(); i++) {
            String name = exclusions.get(i);
            if (badShortText(name, NAME_MAX_CHARS)) {
                problems.add(FieldProblem.keyed("excludedReviewers[" + i + "]", "shortText", "must be 1 to " + NAME_MAX_CHARS + " characters of plain text", NAME_MAX_CHARS));
            }
        }
    }

    private static void partners(List<FieldProblem> problems, List<Partner> partners) {
        if (partners == null || partners.isEmpty()) {
            problems.add(FieldProblem.keyed("partners", "partnerNone", "name at least one partner team"));
            return;
        }
        if (partners.size() > 20) {
            problems.add(FieldProblem.keyed("partners", "partnerCount", "at most 20 partner teams", 20));
            return;
        }
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            String at = "partners[" + i + "].";
            if (p == null) {
                problems.add(FieldProblem.keyed("partners[" + i + "]", "empty", "is empty"));
                continue;
            }
            text(problems, at + "institution", p.institution(), INSTITUTION_MAX_CHARS);
            text(problems, at + "leadName", p.leadName(), NAME_MAX_CHARS);
            if (p.country() == null || !COUNTRY.matcher(p.country()).matches()) {
                problems.add(FieldProblem.keyed(at + "country", "country", "must be a two-letter ISO 3166 country code"));
            }
            if (p.email() != null && !p.email().isBlank() && (p.email().length() > 254 || !EMAIL.matcher(p.email()).matches() || !PlainText.isPlain(p.email(), false))) {
                problems.add(FieldProblem.keyed(at + "email", "email", "is not an email address"));
            }
        }
    }
}
