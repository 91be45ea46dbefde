package io.grantflow.funder;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The funder running Grantflow: its country (ISO 3166 alpha-2) and the codes of its own research units. */
@ConfigurationProperties("grantflow.funder")
public record Funder(String name, String country, List<String> units) {

    public boolean ownsUnit(String unitCode) {
        return unitCode != null && units.contains(unitCode.trim().toUpperCase(Locale.ROOT));
    }

    public boolean isHomeCountry(String countryCode) {
        return country.equalsIgnoreCase(countryCode);
    }
}
