package io.grantflow.eligibility;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.grantflow.funder.Funder;
import org.springframework.stereotype.Component;

/** Every partner team names a real ISO 3166 country, and at least one is outside the funder's country. */
@Component
class PartnerAbroadRule implements EligibilityRule {

    static final String INVALID = "PARTNER_COUNTRY_INVALID";
    static final String NOT_ABROAD = "PARTNER_NOT_ABROAD";
    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private final Funder funder;

    PartnerAbroadRule(Funder funder) {
        this.funder = funder;
    }

    @Override
    public boolean appliesTo(String programme) {
        return "FIRST_STEP".equals(programme) || "IRP".equals(programme);
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        for (String country : f.partnerCountries()) {
            if (country == null || !ISO_COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
                return Optional.of(Reason.of(INVALID, country));
            }
        }
        boolean abroad = f.partnerCountries().stream().anyMatch(c -> !funder.isHomeCountry(c));
        return abroad ? Optional.empty() : Optional.of(Reason.of(NOT_ABROAD, funder.country()));
    }
}
