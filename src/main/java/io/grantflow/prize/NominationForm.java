package io.grantflow.prize;

/** The JSON part of a nomination: who is nominated, how to reach him or her, and the nominator's statement of support. */
public record NominationForm(String nomineeName, String nomineeInstitution, String nomineeCountry, String nomineeField,
                             String nomineeEmail, String nomineeLanguage, String statement) {
}
