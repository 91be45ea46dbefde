package io.grantflow.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.grantflow.call.Call;
import io.grantflow.programme.ProgrammeDefinition;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The portal form, as typed and as a draft keeps it: keywords separated by commas, the partner teams as rows
 * (one for First Step, any number for IRP), and for IRP the permanent position, the joint work and the yearly
 * budget (years 1 to 5, the empty ones left out).
 */
record PortalForm(String title, String abstractText, String keywords, BigDecimal budgetEur, Integer durationMonths,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate phdDate, String unitCode,
                  List<Partner> partners, String excludedReviewers,
                  Boolean permanentPosition, String jointWork, List<BigDecimal> yearlyBudget, String applicantOrcid) {

    static final int IRP_YEARS = 5;
    static final int PARTNERS_MAX = 20;
    private static final Partner BLANK = new Partner("", "", "", "");

    /** An empty form; the duration starts at the longest the call allows. */
    static PortalForm empty(Call call) {
        int months = call.settings().integerOr("maxDurationMonths", 12);
        return new PortalForm("", "", "", null, months, null, "", List.of(BLANK), "", false, "",
                new ArrayList<>(Collections.nCopies(IRP_YEARS, null)), "");
    }

    /** The partner rows to show: those with something typed in, at least one, one only where the programme asks for one. */
    List<Partner> partnerRows(ProgrammeDefinition programme) {
        List<Partner> typed = partners == null ? List.of()
                : partners.stream().filter(Objects::nonNull).filter(PortalForm::typedIn).toList();
        if (!programme.asks(ProgrammeDefinition.PROJECT_YEARS)) {
            typed = typed.stream().limit(1).toList();
        }
        return typed.isEmpty() ? List.of(BLANK) : typed;
    }

    /** The partner rows as the page shows them: the typed ones, and an empty one just added. */
    List<Partner> rowsShown(ProgrammeDefinition programme) {
        return partners == null || partners.isEmpty() || partners.stream().anyMatch(Objects::isNull) ? partnerRows(programme) : partners;
    }

    /** The form as a draft keeps it: the partner rows without the empty ones, so that row i is partner i everywhere. */
    PortalForm kept(ProgrammeDefinition programme) {
        return withPartners(partnerRows(programme));
    }

    PortalForm withPartnerAdded(ProgrammeDefinition programme) {
        List<Partner> rows = new ArrayList<>(partnerRows(programme));
        if (programme.asks(ProgrammeDefinition.PROJECT_YEARS) && rows.size() < PARTNERS_MAX && typedIn(rows.get(rows.size() - 1))) {
            rows.add(BLANK);
        }
        return withPartners(rows);
    }

    PortalForm withPartnerRemoved(ProgrammeDefinition programme, int row) {
        List<Partner> rows = new ArrayList<>(partnerRows(programme));
        if (row >= 0 && row < rows.size()) {
            rows.remove(row);
        }
        return withPartners(rows.isEmpty() ? List.of(BLANK) : rows);
    }

    /** The budget cell of a year (1-based) as the page shows it back. */
    public BigDecimal year(int year) {
        return yearlyBudget == null || yearlyBudget.size() < year ? null : yearlyBudget.get(year - 1);
    }

    ApplicationForm toApplicationForm(ProgrammeDefinition programme) {
        List<String> words = keywords == null ? List.of()
                : Arrays.stream(keywords.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<String> exclusions = excludedReviewers == null ? List.of()
                : excludedReviewers.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<Partner> teams = partnerRows(programme);
        if (!programme.asks(ProgrammeDefinition.PROJECT_YEARS)) {
            return new ApplicationForm(title, abstractText, words, budgetEur, durationMonths, phdDate, unitCode, teams, exclusions,
                    null, null, null, applicantOrcid);
        }
        List<BudgetYear> years = new ArrayList<>();
        for (int y = 1; y <= IRP_YEARS; y++) {
            if (year(y) != null) {
                years.add(new BudgetYear(y, year(y)));
            }
        }
        return new ApplicationForm(title, abstractText, words, budgetEur, durationMonths, null, unitCode, teams, exclusions,
                Boolean.TRUE.equals(permanentPosition), jointWork, years, applicantOrcid);
    }

    private PortalForm withPartners(List<Partner> rows) {
        return new PortalForm(title, abstractText, keywords, budgetEur, durationMonths, phdDate, unitCode, List.copyOf(rows),
                excludedReviewers, permanentPosition, jointWork, yearlyBudget, applicantOrcid);
    }

    private static boolean typedIn(Partner p) {
        return Stream.of(p.institution(), p.country(), p.leadName(), p.email()).anyMatch(v -> v != null && !v.isBlank());
    }
}
