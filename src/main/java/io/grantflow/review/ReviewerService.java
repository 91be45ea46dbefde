package io.grantflow.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviewers' profiles. Their accounts are Camunda users in the reviewers group. */
@Service
public class ReviewerService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Publication.Author>> AUTHORS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ReviewerService(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Creates or replaces the profile; the reviewer's publications stay. */
    @Transactional
    public void save(ReviewerProfile p) {
        int updated = jdbc.sql("UPDATE reviewer_profile SET institution = ?, country = ?, expertise = ?, profile = ?, max_load = ? WHERE user_id = ?")
                .params(p.institution(), p.country(), write(p.expertise()), p.profile(), p.maxLoad(), p.userId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO reviewer_profile (user_id, institution, country, expertise, profile, max_load) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(p.userId(), p.institution(), p.country(), write(p.expertise()), p.profile(), p.maxLoad())
                    .update();
        }
    }

    /** Replaces the reviewer's publications, in the order given, with their DOIs and authors; the profile must exist. */
    @Transactional
    public void savePublications(String userId, List<Publication> publications) {
        jdbc.sql("DELETE FROM reviewer_publication WHERE user_id = ?").param(userId).update();
        for (int i = 0; i < publications.size(); i++) {
            Publication p = publications.get(i);
            jdbc.sql("INSERT INTO reviewer_publication (user_id, line_no, pub_year, title, doi, authors) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(userId, i + 1, p.year(), p.title(), p.doi(), p.authors().isEmpty() ? null : writeAuthors(p.authors()))
                    .update();
        }
    }

    public List<Publication> publications(String userId) {
        return jdbc.sql("SELECT pub_year, title, doi, authors FROM reviewer_publication WHERE user_id = ? ORDER BY line_no").param(userId)
                .query((rs, n) -> new Publication(rs.getInt(1), rs.getString(2), rs.getString(3), readAuthors(rs.getString(4))))
                .list();
    }

    /** The publications of every reviewer who has any, by user id, in one query (a call's assignment reads them once). */
    Map<String, List<Publication>> publicationsOfAll() {
        Map<String, List<Publication>> byReviewer = new HashMap<>();
        jdbc.sql("SELECT user_id, pub_year, title, doi, authors FROM reviewer_publication ORDER BY user_id, line_no")
                .query(rs -> {
                    byReviewer.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Publication(rs.getInt(2), rs.getString(3), rs.getString(4), readAuthors(rs.getString(5))));
                });
        return byReviewer;
    }

    /** The reviewer's ORCID iD, kept when his or her works were read from ORCID; null when none is known. */
    @Transactional
    public void saveOrcid(String userId, String orcid) {
        jdbc.sql("UPDATE reviewer_profile SET orcid = ? WHERE user_id = ?").params(orcid, userId).update();
    }

    /** The ORCID iDs of the reviewers who have one, by user id. */
    Map<String, String> orcids() {
        Map<String, String> byReviewer = new HashMap<>();
        jdbc.sql("SELECT user_id, orcid FROM reviewer_profile WHERE orcid IS NOT NULL")
                .query(rs -> {
                    byReviewer.put(rs.getString(1), rs.getString(2));
                });
        return byReviewer;
    }

    public Optional<ReviewerProfile> find(String userId) {
        return jdbc.sql("SELECT * FROM reviewer_profile WHERE user_id = ?").param(userId)
                .query((rs, n) -> new ReviewerProfile(rs.getString("user_id"), rs.getString("institution"), rs.getString("country"),
                        read(rs.getString("expertise")), rs.getString("profile"), rs.getInt("max_load")))
                .optional();
    }

    public List<ReviewerProfile> all() {
        return jdbc.sql("SELECT * FROM reviewer_profile ORDER BY user_id")
                .query((rs, n) -> new ReviewerProfile(rs.getString("user_id"), rs.getString("institution"), rs.getString("country"),
                        read(rs.getString("expertise")), rs.getString("profile"), rs.getInt("max_load")))
                .list();
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String writeAuthors(List<Publication.Author> authors) {
        try {
            return json.writeValueAsString(authors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Publication.Author> readAuthors(String value) {
        if (value == null) {
            return List.of();
        }
        try {
            return json.readValue(value, AUTHORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored authors are not valid JSON", e);
        }
    }

    private List<String> read(String value) {
        try {
            return json.readValue(value, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored expertise is not valid JSON", e);
        }
    }
}
