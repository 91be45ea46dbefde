package io.grantflow.review.publications;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.grantflow.names.NameKey;
import io.grantflow.names.NameMatch;
import io.grantflow.names.Orcids;

/**
 * Whether a reviewer and a person of an application (applicant, partner team lead, co-investigator) published
 * together recently. A work counts when it was published in the current year or one of the {@code windowYears} before.
 * <ul>
 * <li>Certain (a hard conflict): a work of the reviewer names the person's ORCID iD; or names the person by a name
 * that is the same once accents, case, order and punctuation are set aside, and neither side's iD says otherwise;
 * or both lists hold the same DOI, or the same title in the same year, and the person's own list is theirs.</li>
 * <li>Doubtful (for a manager to confirm or dismiss): a name that only possibly matches (an initial, a slip:
 * "W. Chen" for "Wei Chen") with no iD to settle it.</li>
 * </ul>
 */
public final class CoAuthorship {

    public enum Certainty { CERTAIN, DOUBTFUL }

    /** One side: a person's name, ORCID iD when known, and own works (possibly none). */
    public record Person(String name, String orcid, List<Work> works) {
        public Person {
            orcid = Orcids.normalise(orcid);
            works = works == null ? List.of() : List.copyOf(works);
        }
    }

    /** A shared work: which, how sure, and why in a few words ("ORCID iD", "name", "DOI", "title"). */
    public record Finding(Work work, Certainty certainty, String by) {
        /** The explanation a preview shows: co-authored 'Title', 2024. */
        public String explanation() {
            return "co-authored '" + work.title() + "'" + (work.year() == null ? "" : ", " + work.year());
        }
    }

    private CoAuthorship() {
    }

    /** The certain finding first if there is one, else the doubtful one, else null. */
    public static Finding between(Person reviewer, Person other, int windowYears, int currentYear) {
        List<Finding> found = findings(reviewer, other, windowYears, currentYear);
        return found.stream().filter(f -> f.certainty() == Certainty.CERTAIN).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
    }

    public static List<Finding> findings(Person reviewer, Person other, int windowYears, int currentYear) {
        List<Finding> found = new ArrayList<>();
        if (reviewer.orcid() != null && reviewer.orcid().equals(other.orcid())) {
            return found; // the same person: "is the applicant" says it better
        }
        for (Work w : reviewer.works()) {
            if (!recent(w, windowYears, currentYear)) {
                continue;
            }
            Finding f = byAuthors(w, other);
            if (f == null) {
                f = bySharedWork(w, other, windowYears, currentYear);
            }
            if (f != null) {
                found.add(f);
            }
        }
        // the person's own works may name the reviewer where the reviewer's list names no authors (ORCID summaries)
        for (Work w : other.works()) {
            if (recent(w, windowYears, currentYear) && found.stream().noneMatch(f -> sameWork(f.work(), w))) {
                Finding f = byAuthors(w, reviewer);
                if (f != null) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    static boolean recent(Work w, int windowYears, int currentYear) {
        return w.year() != null && w.year() >= currentYear - windowYears && w.year() <= currentYear;
    }

    private static Finding byAuthors(Work w, Person p) {
        Finding doubtful = null;
        for (Work.Author a : w.authors()) {
            if (a.orcid() != null && a.orcid().equals(p.orcid())) {
                return new Finding(w, Certainty.CERTAIN, "ORCID iD");
            }
            if (a.orcid() != null && p.orcid() != null) {
                continue; // two iDs that differ are two people, whatever their names
            }
            NameMatch m = NameMatch.of(a.name(), p.name());
            if (m == NameMatch.SAME) {
                return new Finding(w, Certainty.CERTAIN, "name");
            }
            if (m == NameMatch.DOUBTFUL && doubtful == null && initialsAgree(a.name(), p.name())) {
                doubtful = new Finding(w, Certainty.DOUBTFUL, "name");
            }
        }
        return doubtful;
    }

    /** Both own lists hold the work: by DOI, or, without DOIs, by title and year. */
    private static Finding bySharedWork(Work w, Person p, int windowYears, int currentYear) {
        for (Work o : p.works()) {
            if (!recent(o, windowYears, currentYear)) {
                continue;
            }
            if (w.doi() != null && w.doi().equals(o.doi())) {
                return new Finding(w, Certainty.CERTAIN, "DOI");
            }
            if ((w.doi() == null || o.doi() == null) && Objects.equals(w.year(), o.year())
                    && NameKey.of(w.title()).equals(NameKey.of(o.title()))) {
                return new Finding(w, Certainty.CERTAIN, "title");
            }
        }
        return null;
    }

    private static boolean sameWork(Work a, Work b) {
        return (a.doi() != null && a.doi().equals(b.doi()))
                || (Objects.equals(a.year(), b.year()) && NameKey.of(a.title()).equals(NameKey.of(b.title())));
    }

    /**
     * A doubtful name is worth a manager's look only when a surname is shared and the initials agree: "Chen, W." and
     * "Wei Chen" are; "Li Chen" and "Wei Chen" share only a surname, common in a long author list, and are not.
     */
    static boolean initialsAgree(String one, String other) {
        List<String> a = List.of(NameKey.of(one).split(" "));
        List<String> b = List.of(NameKey.of(other).split(" "));
        boolean sharedWord = a.stream().anyMatch(w -> w.length() > 1 && b.contains(w));
        if (!sharedWord) {
            return false;
        }
        List<String> restA = a.stream().filter(w -> !b.contains(w)).toList();
        List<String> restB = b.stream().filter(w -> !a.contains(w)).toList();
        for (String x : restA) {
            if (restB.stream().noneMatch(y -> y.charAt(0) == x.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
