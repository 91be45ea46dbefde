package io.grantflow.review;

import java.util.List;
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

    /** Replaces the reviewer's publications, in the order given; the profile must exist. */
    @Transactional
    public void savePublications(String userId, List<Publication> publications) {
        jdbc.sql("DELETE FROM reviewer_publication WHERE user_id = ?").param(userId).update();
        for (int i = 0; i < publications.size(); i++) {
            Publication p = publications.get(i);
            jdbc.sql("INSERT INTO reviewer_publication (user_id, line_no, pub_year, title) VALUES (?, ?, ?, ?)")
                    .params(userId, i + 1, p.year(), p.title()).update();
        }
    }

    public List<Publication> publications(String userId) {
        return jdbc.sql("SELECT pub_year, title FROM reviewer_publication WHERE user_id = ? ORDER BY line_no").param(userId)
                .query((rs, n) -> new Publication(rs.getInt(1), rs.getString(2)))
                .list();
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

    private List<String> read(String value) {
        try {
            return json.readValue(value, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored expertise is not valid JSON", e);
        }
    }
}
