package io.grantflow.reviewer;

import java.util.List;

/**
 * A reviewer's profile as typed, before any check: from the portal's form, the JSON API or a line of an imported
 * file. Expertise is the keywords as given; publications are (year, title) pairs as written.
 */
record ProfileDraft(String institution, String country, List<String> expertise, String profile, String maxLoad,
                    String language, List<PublicationDraft> publications) {

    /** A publication as written: on line {@code line} of the form's list, or at that index of the API's array. */
    record PublicationDraft(int line, String year, String title) {
    }
}
