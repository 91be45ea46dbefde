package io.grantflow.reviewer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.grantflow.audit.ManagerChange;
import io.grantflow.call.Call;
import io.grantflow.identity.Contact;
import io.grantflow.identity.Groups;
import io.grantflow.identity.PasswordLinks;
import io.grantflow.identity.RegistrationService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.names.NameKey;
import io.grantflow.notification.NotificationService;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import io.grantflow.review.AssignmentPreferenceService;
import io.grantflow.review.Publication;
import io.grantflow.review.PublicationSources;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer pool that programme managers keep: every member of the reviewers group with his or her profile.
 * A reviewer a manager adds gets an account without a password and a mailed link to choose one. A change to a
 * profile goes into the audit trail of each call that may still assign the reviewer.
 */
@Service
public class ReviewerPool {

    static final String WELCOME_MAIL = "reviewer-welcome";

    private final UserDirectory users;
    private final RegistrationService registration;
    private final PasswordLinks passwordLinks;
    private final ReviewerService reviewers;
    private final AssignmentPreferenceService preferences;
    private final NotificationService notifications;
    private final ProfileRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    ReviewerPool(UserDirectory users, RegistrationService registration, PasswordLinks passwordLinks, ReviewerService reviewers,
                 AssignmentPreferenceService preferences, NotificationService notifications, ProfileRules rules,
                 ApplicationEventPublisher events, Clock clock, @Value("${grantflow.base-url}") String baseUrl) {
        this.users = users;
        this.registration = registration;
        this.passwordLinks = passwordLinks;
        this.reviewers = reviewers;
        this.preferences = preferences;
        this.notifications = notifications;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Every member of the reviewers group, by user id. */
    public List<PoolEntry> list() {
        Map<String, ReviewerProfile> profiles = new HashMap<>();
        reviewers.all().forEach(p -> profiles.put(p.userId(), p));
        return users.membersOf(Groups.REVIEWERS).stream().sorted()
                .map(id -> entry(users.contact(id), profiles.get(id))).toList();
    }

    public PoolEntry get(String userId) {
        if (userId == null || !users.isMember(userId, Groups.REVIEWERS)) {
            throw new NotFoundException("No reviewer " + userId);
        }
        return entry(users.contact(userId), reviewers.find(userId).orElse(null));
    }

    public List<Publication> publications(String userId) {
        return reviewers.publications(userId);
    }

    /**
     * Replaces a reviewer's publications with the works of a file or of ORCID, with their DOIs and authors, and keeps
     * the ORCID iD they were read from (null for a file, which leaves the stored iD). The reviewer must have a profile;
     * a list too long or a title too long is refused whole (400), nothing stored.
     */
    @Transactional
    public List<Publication> replacePublications(String userId, PublicationSources.Read read, String orcid) {
        PoolEntry entry = get(userId);
        if (!entry.hasProfile()) {
            throw new NotFoundException("The reviewer " + userId + " has no profile: give one before his or her publications");
        }
        List<Publication> works = read.publications();
        if (works.size() > ProfileRules.PUBLICATIONS_MAX) {
            throw new InvalidInputException("file", "holds " + works.size() + " works with a year, more than "
                    + ProfileRules.PUBLICATIONS_MAX + ": keep the recent ones");
        }
        for (Publication p : works) {
            if (p.title().isBlank() || p.title().length() > ProfileRules.TITLE_MAX) {
                throw new InvalidInputException("file", "the work of " + p.year() + " '" + p.title().substring(0, Math.min(60, p.title().length()))
                        + "' has no title or one longer than " + ProfileRules.TITLE_MAX + " characters");
            }
        }
        reviewers.savePublications(entry.userId(), works);
        if (orcid != null) {
            reviewers.saveOrcid(entry.userId(), orcid);
        }
        return reviewers.publications(entry.userId());
    }

    /**
     * Creates the reviewer's account in the reviewers group and his or her profile, and mails the link to choose a
     * password; or refuses with every problem of the person and of the profile named, and nothing stored.
     */
    @Transactional
    public String add(RegistrationService.Invitee person, ProfileDraft draft, Locale locale, String managerId) {
        List<FieldProblem> problems = new ArrayList<>();
        ProfileRules.Checked checked = null;
        try {
            checked = rules.check(person.userId(), draft, locale);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        String userId;
        try {
            userId = registration.createWithoutPassword(withLanguage(person, draft), Groups.REVIEWERS, locale);
        } catch (InvalidInputException e) {
            problems.addAll(0, e.problems());
            throw new InvalidInputException(problems);
        } catch (ConflictException e) {
            problems.add(0, new FieldProblem(e.field(), e.getMessage()));
            throw new InvalidInputException(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems); // rolls the account back with the rest
        }
        store(userId, checked, null, List.of(), managerId);
        sendWelcome(userId);
        return userId;
    }

    /** Creates or replaces the profile of a member of the reviewers group, with his or her language and publications. */
    @Transactional
    public PoolEntry update(String userId, ProfileDraft draft, Locale locale, String managerId) {
        return update(userId, draft, List.of(), locale, managerId);
    }

    /** The same, where a typed line that is one of the works read (from a file or ORCID) keeps its DOI and authors. */
    @Transactional
    public PoolEntry update(String userId, ProfileDraft draft, List<Publication> worksRead, Locale locale, String managerId) {
        PoolEntry before = get(userId);
        ProfileRules.Checked checked = rules.check(before.userId(), draft, locale);
        store(before.userId(), checked, before, worksRead, managerId);
        return get(before.userId());
    }

    /** A new link to choose a password, for a reviewer who lost or never used the first. */
    @Transactional
    public void sendWelcome(String userId) {
        Contact contact = users.contact(get(userId).userId());
        Map<String, Object> model = new HashMap<>();
        model.put("name", contact.name());
        model.put("userId", contact.userId());
        model.put("link", baseUrl + "/account/password/" + passwordLinks.issue(contact.userId()));
        model.put("days", PasswordLinks.VALID_FOR.toDays());
        notifications.send(WELCOME_MAIL, contact, model, contact.userId());
    }

    private void store(String userId, ProfileRules.Checked checked, PoolEntry before, List<Publication> worksRead, String managerId) {
        ReviewerProfile profile = withId(checked.profile(), userId);
        reviewers.save(profile);
        if (checked.publications() != null) {
            List<Publication> known = new ArrayList<>(worksRead);
            known.addAll(reviewers.publications(userId));
            reviewers.savePublications(userId, withKnownAuthors(checked.publications(), known));
        }
        users.setLanguage(userId, checked.language());
        String from = before == null ? "" : describe(before.profile(), before.language());
        String to = describe(profile, checked.language());
        for (Call call : preferences.callsTakingBids(userId)) {
            events.publishEvent(new ManagerChange(call.id(), managerId, "reviewer", from, to, clock.instant()));
        }
    }

    /**
     * The lines of a typed list are year and title only: a line that is a stored publication keeps the DOI and the
     * authors read with it from a file or ORCID, so that editing the profile loses no co-author.
     */
    private static List<Publication> withKnownAuthors(List<Publication> typed, List<Publication> stored) {
        Map<String, Publication> known = new HashMap<>();
        stored.forEach(p -> known.putIfAbsent(p.year() + " " + NameKey.of(p.title()), p));
        return typed.stream().map(p -> {
            Publication k = known.get(p.year() + " " + NameKey.of(p.title()));
            return k == null ? p : new Publication(p.year(), p.title(), k.doi(), k.authors());
        }).toList();
    }

    /** "anna: University of Tokyo, JP, load 4, en; graphene, photonics", as the audit trail shows it. */
    private static String describe(ReviewerProfile p, String language) {
        if (p == null) {
            return "";
        }
        return p.userId() + ": " + p.institution() + ", " + p.country() + ", load " + p.maxLoad() + ", " + language + "; "
                + String.join(", ", p.expertise());
    }

    private static ReviewerProfile withId(ReviewerProfile p, String userId) {
        return new ReviewerProfile(userId, p.institution(), p.country(), p.expertise(), p.profile(), p.maxLoad());
    }

    /** The account's language is the profile's: one field on the pages, checked once by the profile's rules. */
    private static RegistrationService.Invitee withLanguage(RegistrationService.Invitee person, ProfileDraft draft) {
        String language = draft.language() == null ? null : draft.language().trim().toLowerCase(Locale.ROOT);
        return new RegistrationService.Invitee(person.userId(), person.firstName(), person.lastName(), person.email(),
                language != null && ProfileRules.LANGUAGES.contains(language) ? language : "en");
    }

    private static PoolEntry entry(Contact contact, ReviewerProfile profile) {
        return new PoolEntry(contact.userId(), contact.name(), contact.email(), contact.language().getLanguage(), profile);
    }
}
