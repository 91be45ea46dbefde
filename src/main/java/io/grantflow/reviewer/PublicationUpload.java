package io.grantflow.reviewer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.grantflow.names.NameKey;
import io.grantflow.review.publications.Work;

/**
 * A publication file's works as lines of the profile's publication list ("2024, Title"), added after the lines
 * already there unless a line has the same year and title. Works without a year are left out (and counted): the
 * list needs the year to tell a recent co-authorship from an old one.
 */
record PublicationUpload(String lines, int added, int withoutYear) {

    static PublicationUpload merge(String existing, List<Work> works) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ProfileDraft.PublicationDraft d : ReviewerForm.publicationLines(existing)) {
            out.add(d.year().strip() + ", " + d.title().strip());
            seen.add(key(d.year().strip(), d.title()));
        }
        int added = 0;
        int withoutYear = 0;
        for (Work w : works) {
            if (w.year() == null) {
                withoutYear++;
            } else if (seen.add(key(String.valueOf(w.year()), w.title()))) {
                out.add(w.year() + ", " + w.title().replaceAll("[\\r\\n]+", " "));
                added++;
            }
        }
        return new PublicationUpload(String.join("\n", out), added, withoutYear);
    }

    private static String key(String year, String title) {
        return year + " " + NameKey.of(title);
    }
}
