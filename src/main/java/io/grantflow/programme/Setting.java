package io.grantflow.programme;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One named setting of a programme, as its settings file declares it: a call of the programme stores its own value,
 * or keeps the default. {@code min} and {@code max} bound the value; {@code below} names another setting this one must
 * stay under (a reminder before its deadline), {@code atMost} one it must not exceed (fewest keywords, most keywords);
 * {@code applicants} puts it among the rules of the call's public page.
 */
public record Setting(
        @JsonIgnore String name,
        SettingType type,
        @JsonProperty("default") Object defaultValue,
        BigDecimal min,
        BigDecimal max,
        String below,
        String atMost,
        Text label,
        Text help,
        Boolean applicants) {

    Setting named(String settingName) {
        return new Setting(settingName, type, defaultValue, min, max, below, atMost, label, help, applicants);
    }

    /** Applicants read this setting's value among the call's rules on its page (a limit they must keep). */
    public boolean shownToApplicants() {
        return Boolean.TRUE.equals(applicants);
    }
}
