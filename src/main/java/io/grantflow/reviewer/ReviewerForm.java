package io.grantflow.reviewer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.identity.RegistrationService;
import io.grantflow.review.Publication;

/**
 * The fields of the portal's reviewer form, as typed. Expertise is comma separated; publications are one per line,
 * "year, title". The person's fields are used only when a reviewer is added.
 */
record ReviewerForm(String userId, String firstName, String lastName, String email, String language, String institution,
                    String country, String expertise, String profile, String maxLoad, String publications, String readWorks) {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final TypeReference<List<Publication>> WORKS = new TypeReference<>() { };

    static final List<String> FIELDS = List.of("userId", "firstName", "lastName", "email", "language", "institution",
            "country", "expertise", "profile", "maxLoad", "publications");

    static ReviewerForm empty(String language) {
        return new ReviewerForm("", "", "", "", language, "", "", "", "", "4", "", "");
    }

    static ReviewerForm of(PoolEntry entry, List<Publication> publications) {
        var p = entry.profile();
        String lines = publications.stream().map(x -> x.year() + ", " + x.title()).collect(Collectors.joining("\n"));
        return p == null
                ? new ReviewerForm(entry.userId(), "", "", entry.email(), entry.language(), "", "", "", "", "4", lines, "")
                : new ReviewerForm(entry.userId(), "", "", entry.email(), entry.language(), p.institution(), p.country(),
                        String.join(", ", p.expertise()), p.profile() == null ? "" : p.profile(), String.valueOf(p.maxLoad()), lines, "");
    }

    ReviewerForm withPublications(String lines) {
        return new ReviewerForm(userId, firstName, lastName, email, language, institution, country, expertise, profile, maxLoad, lines,
                readWorks);
    }

    /** The same, remembering these works besides those read before (the page carries them, hidden, to the save). */
    ReviewerForm withWorksRead(List<Publication> works) {
        List<Publication> all = new ArrayList<>(worksRead());
        all.addAll(works.stream().filter(w -> w.doi() != null || !w.authors().isEmpty()).toList());
        try {
            return new ReviewerForm(userId, firstName, lastName, email, language, institution, country, expertise, profile, maxLoad,
                    publications, JSON.writeValueAsString(all));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The works read from files or ORCID since the page was opened, with their DOIs and authors, which the typed lines
     * ("year, title") cannot hold: a saved line that is one of them keeps them. Anything unreadable is none.
     */
    List<Publication> worksRead() {
        if (readWorks == null || readWorks.isBlank()) {
            return List.of();
        }
        try {
            List<Publication> works = JSON.readValue(readWorks, WORKS);
            return works == null ? List.of() : works.stream().filter(w -> w != null && w.title() != null).toList();
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    RegistrationService.Invitee person() {
        return new RegistrationService.Invitee(userId, firstName, lastName, email, language);
    }

    ProfileDraft draft() {
        List<String> keywords = expertise == null ? List.of() : Arrays.asList(expertise.split(","));
        return new ProfileDraft(institution, country, keywords, profile, maxLoad, language, publicationLines(publications));
    }

    /** "2024, Graphene photonics" per line; blank lines are skipped, and each keeps its line number for the message. */
    static List<ProfileDraft.PublicationDraft> publicationLines(String text) {
        List<ProfileDraft.PublicationDraft> drafts = new ArrayList<>();
        if (text == null) {
            return drafts;
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(',');
            drafts.add(comma < 0 ? new ProfileDraft.PublicationDraft(i + 1, line, "")
                    : new ProfileDraft.PublicationDraft(i + 1, line.substring(0, comma), line.substring(comma + 1)));
        }
        return drafts;
    }
}
