package io.grantflow.prize;

import java.util.Locale;

import io.grantflow.identity.Contact;

/** A nominee of an edition: one person, however many nominations name him or her. */
public record Candidate(String id, String callId, String name, String institution, String country, String field,
                        String email, String language, CandidateStatus status, String possibleDuplicateOf) {

    /** The candidate is not a user of Grantflow: the nomination gives the address and language. */
    Contact contact() {
        return new Contact(null, name, email, Locale.forLanguageTag(language));
    }

    String label() {
        return name + " (" + institution + ", " + country + ")";
    }
}
