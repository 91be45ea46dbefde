package io.grantflow.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.grantflow.application.ApplicantWork;
import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.Partner;
import io.grantflow.call.Call;
import io.grantflow.identity.UserDirectory;
import io.grantflow.names.NameKey;
import io.grantflow.names.NameMatch;
import io.grantflow.problem.NotFoundException;
import io.grantflow.review.publications.CoAuthorship;
import io.grantflow.review.publications.Work;
import org.springframework.stereotype.Component;

/**
 * Reviewers of a call's panel who published with a person of an application (the applicant, by name and by the ORCID
 * iD given in the form; a partner team's lead, by name) within the call's window, {@code coAuthorshipYears} (3 by
 * default): the current year and that many before. A certain finding ({@link CoAuthorship}) is a hard conflict; a
 * doubtful one (an initial, a slip) is a {@link DoubtfulMatch} held out until a manager answers. The applicant's own
 * list, when the application has one, is the person's works: a reviewer's work without authors is still matched by
 * its DOI or its title and year. The panel's publications, ORCID iDs, the applicants' iDs and lists are read once per
 * call, never per pair.
 */
@Component
class CoAuthorConflicts {

    static final String WINDOW = "coAuthorshipYears";
    static final int DEFAULT_WINDOW = 3;

    /** A certain co-authorship: the work, and with whom of the application. */
    record CoAuthored(String title, Integer year, String with) {
    }

    /** The co-authorships of a call's applications with its panel. */
    static final class Found {
        private final Map<String, Map<String, CoAuthored>> certain = new HashMap<>();
        private final Map<String, List<DoubtfulMatch>> doubtful = new HashMap<>();

        /** The certain co-authorship of the pair, or null. */
        CoAuthored certain(String applicationId, String reviewerId) {
            return certain.getOrDefault(applicationId, Map.of()).get(reviewerId);
        }

        List<DoubtfulMatch> doubtful(String applicationId) {
            return doubtful.getOrDefault(applicationId, List.of());
        }

        /** The reviewers never offered the application: certain co-authors, and doubtful ones not answered "different". */
        Set<String> excluded(String applicationId) {
            Set<String> out = new HashSet<>(certain.getOrDefault(applicationId, Map.of()).keySet());
            doubtful(applicationId).stream().filter(DoubtfulMatch::heldOut).forEach(m -> out.add(m.reviewerId()));
            return out;
        }

        /** True when the pair is held out only by a doubtful co-author not answered yet or answered "same person". */
        boolean heldOutAsDoubtful(String applicationId, String reviewerId) {
            return doubtful(applicationId).stream().anyMatch(m -> m.heldOut() && m.reviewerId().equals(reviewerId));
        }
    }

    private final ReviewerService reviewers;
    private final ApplicationService applications;
    private final UserDirectory users;
    private final DoubtfulMatches answers;
    private final Clock clock;

    CoAuthorConflicts(ReviewerService reviewers, ApplicationService applications, UserDirectory users,
                      DoubtfulMatches answers, Clock clock) {
        this.reviewers = reviewers;
        this.applications = applications;
        this.users = users;
        this.answers = answers;
        this.clock = clock;
    }

    /** For the applications of one call and its panel (reviewer id to name). */
    Found of(Call call, List<Application> apps, Map<String, String> panelNames) {
        Found found = new Found();
        if (apps.isEmpty() || panelNames.isEmpty()) {
            return found;
        }
        int window = call.settings().integerOr(WINDOW, DEFAULT_WINDOW);
        int year = clock.instant().atZone(Call.FUNDER_ZONE).getYear();
        Map<String, List<Publication>> publications = reviewers.publicationsOfAll();
        Map<String, String> reviewerOrcids = reviewers.orcids();
        Map<String, CoAuthorship.Person> panel = new HashMap<>();
        Map<String, Authors> recentAuthors = new HashMap<>();
        panelNames.forEach((id, name) -> {
            List<Publication> own = publications.getOrDefault(id, List.of()).stream()
                    .filter(p -> p.year() >= year - window && p.year() <= year).toList();
            if (!own.isEmpty()) {
                panel.put(id, new CoAuthorship.Person(name, reviewerOrcids.get(id), own.stream().map(CoAuthorConflicts::work).toList()));
                recentAuthors.put(id, Authors.of(own));
            }
        });
        if (panel.isEmpty()) {
            return found;
        }
        Map<String, String> applicantOrcids = applications.applicantOrcids(call.id());
        Map<String, List<ApplicantWork>> applicantWorks = applications.applicantWorks(call.id());
        for (Application a : apps) {
            for (CoAuthorship.Person person : people(a, applicantOrcids.get(a.id()), applicantWorks.getOrDefault(a.id(), List.of()))) {
                Set<String> words = Authors.words(person.name());
                panel.forEach((reviewerId, reviewer) -> {
                    if (!reviewerId.equals(a.applicantId()) && recentAuthors.get(reviewerId).mayName(person, words)) {
                        record(found, a, reviewerId, reviewer, person, CoAuthorship.between(reviewer, person, window, year));
                    }
                });
            }
        }
        return found;
    }

    private void record(Found found, Application a, String reviewerId, CoAuthorship.Person reviewer, CoAuthorship.Person person,
                        CoAuthorship.Finding f) {
        if (f == null || found.certain(a.id(), reviewerId) != null) {
            return;
        }
        if (f.certainty() == CoAuthorship.Certainty.CERTAIN) {
            found.certain.computeIfAbsent(a.id(), k -> new HashMap<>())
                    .put(reviewerId, new CoAuthored(f.work().title(), f.work().year(), person.name()));
            found.doubtful.getOrDefault(a.id(), new ArrayList<>()).removeIf(m -> m.reviewerId().equals(reviewerId));
            return;
        }
        String author = doubtfulAuthor(f.work(), person);
        String id = DoubtfulMatches.id(a.id(), reviewerId, author, f.work().title(), person.name());
        found.doubtful.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new DoubtfulMatch(id, a.id(), a.title(), author,
                reviewerId, reviewer.name(), answers.answer(id).orElse(null), f.work().title(), f.work().year(), person.name()));
    }

    /** The applicant (with the iD of the form and his or her own list) and each partner team's lead. */
    private List<CoAuthorship.Person> people(Application a, String applicantOrcid, List<ApplicantWork> own) {
        List<CoAuthorship.Person> people = new ArrayList<>();
        String name;
        try {
            name = users.contact(a.applicantId()).name();
        } catch (NotFoundException erased) {
            name = null;
        }
        if (name != null && !name.isBlank() || applicantOrcid != null || !own.isEmpty()) {
            people.add(new CoAuthorship.Person(name == null ? "" : name, applicantOrcid, own.stream().map(CoAuthorConflicts::work).toList()));
        }
        for (Partner p : a.partners()) {
            if (p.leadName() != null && !p.leadName().isBlank()) {
                people.add(new CoAuthorship.Person(p.leadName(), null, List.of()));
            }
        }
        return people;
    }

    /** The author of the work whose name only possibly is the person's, as the work writes it. */
    private static String doubtfulAuthor(Work w, CoAuthorship.Person person) {
        return w.authors().stream().map(Work.Author::name)
                .filter(n -> NameMatch.of(n, person.name()) == NameMatch.DOUBTFUL)
                .findFirst().orElse(person.name());
    }

    /**
     * The words of the authors' names and their iDs, across a reviewer's recent works: a person none of whose name's
     * words and no iD is among them cannot be matched by the rule (a certain name has every word in common, a doubtful
     * one a whole word), so the pair is not compared author by author. A call of hundreds of applications and
     * reviewers is then a set look-up per pair.
     */
    private record Authors(Set<String> words, Set<String> orcids) {

        static Authors of(List<Publication> works) {
            Set<String> words = new HashSet<>();
            Set<String> orcids = new HashSet<>();
            for (Publication p : works) {
                for (Publication.Author a : p.authors()) {
                    words.addAll(words(a.name()));
                    if (a.orcid() != null) {
                        orcids.add(a.orcid());
                    }
                }
            }
            return new Authors(words, orcids);
        }

        static Set<String> words(String name) {
            Set<String> words = new HashSet<>(List.of(NameKey.of(name).split(" ")));
            words.remove("");
            return words;
        }

        /** False only when the rule surely finds nothing: no list of the person's own, no word and no iD shared. */
        boolean mayName(CoAuthorship.Person person, Set<String> personWords) {
            return !person.works().isEmpty() || (person.orcid() != null && orcids.contains(person.orcid()))
                    || personWords.stream().anyMatch(words::contains);
        }
    }

    private static Work work(ApplicantWork w) {
        return new Work(w.title(), w.year(), w.doi(), w.authors().stream().map(x -> new Work.Author(x.name(), x.orcid())).toList());
    }

    private static Work work(Publication p) {
        return new Work(p.title(), p.year(), p.doi(), p.authors().stream().map(x -> new Work.Author(x.name(), x.orcid())).toList());
    }
}
