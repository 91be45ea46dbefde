package io.grantflow.eligibility;

import java.util.Optional;


/** One condition of a programme. Small on purpose: a rule reads facts and says why it fails, or nothing. */
interface EligibilityRule {

    boolean appliesTo(String programme);

    Optional<Reason> check(EligibilityFacts facts);
}
