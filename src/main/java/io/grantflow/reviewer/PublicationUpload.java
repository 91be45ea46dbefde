package io.grantflow.reviewer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.grantflow.names.NameKey;
import io.grantflow.review.Publication;
import io.grantflow.review.PublicationSources;

/**
 * A publication file's works as lines of the profile's publication list ("2024, Title"), added after the lines
 * already there unless a line has the same year and title. Works without a year are left out (and counted): the
 * list needs the year to tell a recent co-authorship from an old one.
 */
record PublicationUpload(String lines, int added, int withoutYear, List<Publication> read) {

    static PublicationUpload merge(String existing, PublicationSources.Read read) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ProfileDraft.PublicationDraft d : ReviewerForm.publicationLines(existing)) {
            out.add(d.year().strip() + ", " + d.title().strip());
            seen.add(key(d.year().strip(), d.title()));
        }
        int added = 0;
        for (Publication p : read.publications()) {
            if (seen.add(key(String.valueOf(p.year()), p.title()))) {
                out.add(p.year() + ", " + p.title());
                added++;
            }
        }
        return new PublicationUpload(String.join("\n", out), added, read.withoutYear(), read.publications());
    }

    private static String key(String year, String title) {
        return year + " " + NameKey.of(title);
    }
}
