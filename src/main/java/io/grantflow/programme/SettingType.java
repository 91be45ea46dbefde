package io.grantflow.programme;

/** The kinds of value a programme's setting holds, as written in its settings file. */
public enum SettingType {
    /** A whole number: days, months, years, counts, bytes. */
    INTEGER,
    /** An amount of money in euros, possibly with cents. */
    AMOUNT,
    /** Yes or no. */
    BOOLEAN
}
