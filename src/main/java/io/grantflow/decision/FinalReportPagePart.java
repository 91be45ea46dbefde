package io.grantflow.decision;

import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationPagePart;
import org.springframework.stereotype.Component;

/** The final report on the application's page: the form only while a report is due, and the latest report filed. */
@Component
class FinalReportPagePart implements ApplicationPagePart {

    private final AwardService awards;

    FinalReportPagePart(AwardService awards) {
        this.awards = awards;
    }

    @Override
    public Map<String, Object> model(Application application, String userId, boolean manager) {
        return Map.of("finalReportDue", awards.finalReportDue(application.id()),
                "finalReportFiled", awards.finalReportFiled(application.id()));
    }
}
