package io.grantflow.irp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.BudgetYear;
import io.grantflow.application.IrpDetails;
import io.grantflow.application.Partner;
import io.grantflow.call.Call;
import io.grantflow.funder.Funder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes the agreement of a funded IRP project from the programme's template, templates/agreement/{language}/irp-agreement.txt:
 * plain text that staff can edit, where a line starting with "# " is a heading. The project, its parties and its
 * budget by year are filled in.
 */
@Component
class AgreementText {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Funder funder;

    AgreementText(Funder funder) {
        this.funder = funder;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/agreement/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    String write(Locale language, Application a, Call call, IrpDetails details, String coordinatorName) {
        boolean french = language.getLanguage().equals("fr");
        List<String> parties = new ArrayList<>();
        parties.add((french ? "Le financeur : " : "The funder: ") + funder.name() + " (" + funder.country() + ")");
        for (Partner p : a.partners()) {
            parties.add((french ? "Institution partenaire : " : "Partner institution: ") + p.institution() + " (" + p.country() + "), "
                    + (french ? "équipe dirigée par " : "team led by ") + p.leadName());
        }
        BigDecimal total = details.yearlyBudget().stream().map(BudgetYear::amountEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Object> model = Map.of(
                "title", a.title(), "callTitle", call.title(), "applicationId", a.id(),
                "parties", parties, "coordinator", coordinatorName, "unitCode", a.unitCode(),
                "years", details.years(), "budget", details.yearlyBudget(), "total", total,
                "midTermYear", call.settings().integer("midTermYear"));
        return engine.process(language.getLanguage() + "/irp-agreement", new Context(language, model)).strip() + "\n";
    }
}
