package io.grantflow.review;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.grantflow.application.Application;
import io.grantflow.names.NameMatch;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The doubtful matches between an application's excluded names and the panel's reviewers, found afresh each time
 * (so a changed name or panel is seen), with the managers' answers. A match's id is derived from what was matched.
 */
@Component
class DoubtfulMatches {

    private final JdbcClient jdbc;

    DoubtfulMatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each reviewer of the panel (id to name), every excluded name that possibly but not surely names him or her. */
    List<DoubtfulMatch> of(Application a, Map<String, String> panelNames) {
        List<DoubtfulMatch> found = new ArrayList<>();
        for (String excluded : a.exclusions()) {
            panelNames.forEach((reviewerId, reviewerName) -> {
                if (NameMatch.of(excluded, reviewerName) == NameMatch.DOUBTFUL) {
                    String id = id(a.id(), reviewerId, excluded, reviewerName);
                    found.add(new DoubtfulMatch(id, a.id(), a.title(), excluded, reviewerId, reviewerName, answer(id).orElse(null)));
                }
            });
        }
        return found;
    }

    /** False when the match was answered already: the first answer stands. */
    boolean answer(DoubtfulMatch match, boolean samePerson, String by, Instant at) {
        try {
            jdbc.sql("INSERT INTO exclusion_answer (id, application_id, reviewer_id, same_person, answered_by, answered_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(match.id(), match.applicationId(), match.reviewerId(), samePerson, by, at.atOffset(ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Boolean> answer(String id) {
        return jdbc.sql("SELECT same_person FROM exclusion_answer WHERE id = ?").param(id).query(Boolean.class).optional();
    }

    static String id(String... matched) {
        String key = String.join("\n", matched);
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
