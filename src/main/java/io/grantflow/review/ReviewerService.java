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

    @Transactional
    public void save(ReviewerProfile p) {
        jdbc.sql("DELETE FROM reviewer_profile WHERE user_id = ?").param(p.userId()).update();
        jdbc.sql("INSERT INTO reviewer_profile (user_id, institution, country, expertise, profile, max_load) VALUES (?, ?, ?, ?, ?, ?)")
                .params(p.userId(), p.institution(), p.country(), write(p.expertise()), p.profile(), p.maxLoad())
                .update();
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
