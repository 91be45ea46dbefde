package io.grantflow.application;

import java.time.Instant;

/**
 * An application being written: the form so far, the name of the PDF once uploaded, the name of the applicant's
 * publication list once uploaded (or null), and the key its submission goes with.
 */
record Draft(String callId, String applicantId, String idempotencyKey, PortalForm form, String proposalName, String publicationsName,
             Instant updatedAt) {
}
