package io.grantflow.reviewer;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.review.Publication;
import io.grantflow.review.ReviewerProfile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a reviewer's profile must be, each refusal said in the reader's language. Keywords are normalised (trimmed,
 * inner spaces collapsed, lower case, duplicates dropped) so that the assignment matches them with applications'.
 */
@Component
class ProfileRules {

    static final int INSTITUTION_MAX = 300;
    static final int PROFILE_MAX = 4000;
    static final int KEYWORDS_MAX = 20;
    static final int KEYWORD_MAX = 60;
    static final int MIN_LOAD = 1;
    static final int MAX_LOAD = 50;
    static final int PUBLICATIONS_MAX = 200;
    static final int TITLE_MAX = 500;
    static final List<String> LANGUAGES = List.of("en", "fr");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** A profile that passed every check, ready to store; publications null when none were given (those stored stay). */
    record Checked(ReviewerProfile profile, String language, List<Publication> publications) {
    }

    private final MessageSource messages;
    private final Clock clock;

    ProfileRules(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The profile normalised, or every problem named (nothing is stored by a check). */
    Checked check(String userId, ProfileDraft d, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        String institution = text(d.institution(), INSTITUTION_MAX, true, "institution", problems, locale);
        String country = d.country() == null ? "" : d.country().trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            problems.add(problem("country", "reviewers.error.country", locale));
        }
        List<String> expertise = keywords(d.expertise());
        if (expertise.isEmpty() || expertise.size() > KEYWORDS_MAX || expertise.stream().anyMatch(k -> k.length() > KEYWORD_MAX)
                || expertise.stream().anyMatch(ProfileRules::hasInvisible)) {
            problems.add(problem("expertise", "reviewers.error.expertise", locale, KEYWORDS_MAX, KEYWORD_MAX));
        }
        String profile = text(d.profile(), PROFILE_MAX, false, "profile", problems, locale);
        int maxLoad = load(d.maxLoad());
        if (maxLoad < 0) {
            problems.add(problem("maxLoad", "reviewers.error.maxLoad", locale, MIN_LOAD, MAX_LOAD));
        }
        String language = d.language() == null ? "" : d.language().trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            problems.add(problem("language", "reviewers.error.language", locale));
        }
        List<Publication> publications = publications(d.publications(), problems, locale);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(new ReviewerProfile(userId, institution, country, expertise, profile, maxLoad), language, publications);
    }

    /** "Quantum  Optics, photonics;" from a form becomes [quantum optics, photonics]. */
    static List<String> keywords(List<String> typed) {
        Set<String> keywords = new LinkedHashSet<>();
        if (typed != null) {
            for (String k : typed) {
                String normal = k == null ? "" : k.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (!normal.isEmpty()) {
                    keywords.add(normal);
                }
            }
        }
        return List.copyOf(keywords);
    }

    /** The load, or -1 when it is not a whole number from 1 to 50. */
    private static int load(String typed) {
        if (typed == null || !typed.trim().matches("\\d{1,3}")) {
            return -1;
        }
        int load = Integer.parseInt(typed.trim());
        return load >= MIN_LOAD && load <= MAX_LOAD ? load : -1;
    }

    private List<Publication> publications(List<ProfileDraft.PublicationDraft> drafts, List<FieldProblem> problems, Locale locale) {
        List<Publication> publications = new ArrayList<>();
        if (drafts == null) {
            return null;
        }
        if (drafts.size() > PUBLICATIONS_MAX) {
            problems.add(problem("publications", "reviewers.error.publications", locale, PUBLICATIONS_MAX));
            return publications;
        }
        int lastYear = clock.instant().atZone(ZoneOffset.UTC).getYear() + 1;
        for (ProfileDraft.PublicationDraft p : drafts) {
            String title = p.title() == null ? "" : p.title().strip();
            String year = p.year() == null ? "" : p.year().strip();
            if (title.isEmpty() || title.length() > TITLE_MAX || hasInvisible(title) || !year.matches("\\d{4}")) {
                problems.add(problem("publications", "reviewers.error.publication", locale, p.line(), TITLE_MAX));
            } else if (Integer.parseInt(year) < 1900 || Integer.parseInt(year) > lastYear) {
                problems.add(problem("publications", "reviewers.error.publicationYear", locale, p.line(), String.valueOf(lastYear)));
            } else {
                publications.add(new Publication(Integer.parseInt(year), title));
            }
        }
        return publications;
    }

    private String text(String typed, int max, boolean required, String field, List<FieldProblem> problems, Locale locale) {
        String text = typed == null ? "" : typed.strip();
        if (required && text.isEmpty()) {
            problems.add(problem(field, "reviewers.error.required", locale));
        } else if (text.length() > max) {
            problems.add(problem(field, "reviewers.error.tooLong", locale, max));
        } else if (field.equals("institution") && hasInvisible(text)) {
            problems.add(problem(field, "register.error.invisible", locale));
        }
        return text.isEmpty() && !required ? null : text;
    }

    /** Control or invisible formatting characters; line breaks are allowed only in the profile text. */
    private static boolean hasInvisible(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT);
    }

    private FieldProblem problem(String field, String code, Locale locale, Object... args) {
        return new FieldProblem(field, messages.getMessage(code, args, locale));
    }
}
