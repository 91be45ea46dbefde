package io.grantflow.prize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.grantflow.identity.Groups;
import io.grantflow.identity.UserDirectory;
import io.grantflow.process.FormValues;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/** The people a manager may appoint to a jury: the members of the reviewers' group, as the appoint-jury form lists them. */
@Component("prizeJuryPool")
public class JuryPool {

    private final UserDirectory users;
    private final ReviewerService reviewers;

    JuryPool(UserDirectory users, ReviewerService reviewers) {
        this.users = users;
        this.reviewers = reviewers;
    }

    /** A person a manager may tick: institution and country (ISO code) are null when his or her profile does not say. */
    public record Juror(String id, String name, String institution, String country) {

        /** The country's name in that language, or null when unknown. */
        public String countryIn(Locale locale) {
            return country == null || country.isBlank() ? null : new Locale("", country).getDisplayCountry(locale);
        }
    }

    /** The reviewers, then the edition's jurors who are no longer reviewers, so that the page shows every juror it keeps. */
    public List<Juror> members(List<String> jury) {
        List<String> ids = new ArrayList<>(users.membersOf(Groups.REVIEWERS));
        jury.stream().filter(id -> !ids.contains(id) && users.exists(id)).forEach(ids::add);
        return ids.stream().map(id -> {
            ReviewerProfile profile = reviewers.find(id).orElse(null);
            return new Juror(id, users.contact(id).name(), profile == null ? null : profile.institution(),
                    profile == null ? null : profile.country());
        }).sorted(Comparator.comparing(Juror::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Checklist and select options, each a reviewer's name with his or her user id. */
    public JsonValue options() {
        List<Map<String, String>> options = users.membersOf(Groups.REVIEWERS).stream()
                .map(id -> Map.of("value", id, "label", users.contact(id).name() + " (" + id + ")"))
                .toList();
        return FormValues.json(options);
    }
}
