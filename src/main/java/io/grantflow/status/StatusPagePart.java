package io.grantflow.status;

import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationPagePart;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The status on the application's page: managers read the detailed timeline with its reviewers, applicants (and
 * co-applicants) the status in plain words.
 */
@Component
class StatusPagePart implements ApplicationPagePart {

    private final TimelineService timelines;
    private final ApplicantStatus applicantStatus;

    StatusPagePart(TimelineService timelines, ApplicantStatus applicantStatus) {
        this.timelines = timelines;
        this.applicantStatus = applicantStatus;
    }

    @Override
    public Map<String, Object> model(Application application, String userId, boolean manager) {
        return manager ? Map.of("timeline", timelines.of(application.processInstanceId(), true))
                : Map.of("plainStatus", applicantStatus.of(application, LocaleContextHolder.getLocale()));
    }
}
