package io.grantflow.eligibility;

import java.time.LocalDate;
import java.util.Optional;

import io.grantflow.call.Call;
import org.springframework.stereotype.Component;

/** Early career: the PhD was awarded at most N years (a call setting) before the call closes, in Paris. */
@Component
class PhdWithinLimitRule implements EligibilityRule {

    static final String CODE = "PHD_TOO_OLD";

    @Override
    public boolean appliesTo(String programme) {
        return "FIRST_STEP".equals(programme);
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        LocalDate closing = f.callClosesAt().atZone(Call.FUNDER_ZONE).toLocalDate();
        LocalDate earliest = closing.minusYears(f.settings().integer("phdMaxYears"));
        if (f.phdDate() == null || f.phdDate().isBefore(earliest)) {
            return Optional.of(Reason.of(CODE, f.phdDate(), f.settings().integer("phdMaxYears"), closing));
        }
        return Optional.empty();
    }
}
