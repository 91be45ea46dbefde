package io.grantflow.programme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme as its files define it (bpmn/&lt;folder&gt;/programme.yaml beside its processes and decision tables):
 * what it is called, whether it takes applications or nominations, which processes run its applications and its
 * calls, the decision table of its eligibility, the parts of the applicant's form beyond the common ones, its named
 * settings and its review criteria.
 *
 * @param id                 the stable code calls store and the API shows (FIRST_STEP)
 * @param folder             the folder under bpmn/ and forms/ that holds the programme's files
 * @param applicationProcess the process key started for each application or nomination
 * @param callProcess        the process key started for each call (it owns the call's clock), or null
 * @param eligibility        the decision key of the eligibility table, or null where the programme has none
 * @param committee          the name of the committee that chooses the funded applications
 * @param formParts          the parts of the applicant's form beyond the common ones ({@value #PHD_DATE},
 *                           {@value #PROJECT_YEARS})
 * @param reasons            the texts of the programme's own ineligibility reason codes, with {0}, {1}, {2} for
 *                           the values its decision table gives (shared codes have their texts in the product)
 * @param guidance           advice to applicants on the call's page, or null
 * @param contact            the address applicants write to with questions, or null
 * @param retentionYears     how many years the product keeps a case once it has ended, before the retention
 *                           purge deletes it and keeps only its anonymised counts (docs/retention.md)
 */
public record ProgrammeDefinition(
        String id,
        String folder,
        Text name,
        Text description,
        ProgrammeKind kind,
        String applicationProcess,
        String callProcess,
        String eligibility,
        Text committee,
        List<String> formParts,
        Map<String, Text> reasons,
        Map<String, Setting> settings,
        List<Criterion> criteria,
        Text guidance,
        String contact,
        int retentionYears) {

    /** The applicant gives the date of his or her PhD. */
    public static final String PHD_DATE = "phdDate";
    /** The coordinator's position, the teams' earlier joint work and the budget of each project year. */
    public static final String PROJECT_YEARS = "projectYears";

    public boolean takesApplications() {
        return kind == ProgrammeKind.GRANT;
    }

    public boolean awardsPrizes() {
        return kind == ProgrammeKind.PRIZE;
    }

    public boolean asks(String formPart) {
        return formParts.contains(formPart);
    }

    public Optional<Setting> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }
}
