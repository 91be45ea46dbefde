package io.grantflow.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A step is named in plain words, without the expressions its diagram name holds for the task list. */
class TimelineNamesTest {

    @Test
    void expressionsAreLeftOutOfAStepsName() {
        assertThat(TimelineService.plain("Review ineligibility: ${title}")).isEqualTo("Review ineligibility");
        assertThat(TimelineService.plain("Approve annual report ${year}: ${title}")).isEqualTo("Approve annual report");
        assertThat(TimelineService.plain("Check eligibility")).isEqualTo("Check eligibility");
    }

    @Test
    void theNameOfTheReportAStepReviewsIsShown() {
        String diagramName = "Approve ${reportName}: ${taskNames.text(title)}";
        assertThat(TimelineService.plain(diagramName, variable -> variable.equals("reportName") ? "annual report 2" : "secret"))
                .isEqualTo("Approve annual report 2");
        assertThat(TimelineService.plain("Review ineligibility: ${title}", variable -> "Typed title")).isEqualTo("Review ineligibility");
    }
}
