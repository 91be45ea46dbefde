package io.grantflow.prize;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PrizeEditionRepository {

    private final JdbcClient jdbc;

    PrizeEditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PrizeEdition> find(String callId) {
        return jdbc.sql("SELECT * FROM prize_edition WHERE call_id = :id").param("id", callId)
                .query((rs, n) -> new PrizeEdition(rs.getString("call_id"),
                        rs.getObject("announce_at", OffsetDateTime.class).toInstant(),
                        rs.getBoolean("exclude_home_country"),
                        split(rs.getString("nominator_groups")), split(rs.getString("jury")), rs.getString("chair"),
                        rs.getBoolean("announce_fallback")))
                .optional();
    }

    void save(PrizeEdition edition) {
        jdbc.sql("DELETE FROM prize_edition WHERE call_id = :id").param("id", edition.callId()).update();
        jdbc.sql("""
                INSERT INTO prize_edition (call_id, announce_at, exclude_home_country, nominator_groups, jury, chair, announce_fallback)
                VALUES (:id, :announceAt, :exclude, :groups, :jury, :chair, :fallback)""")
                .param("id", edition.callId())
                .param("announceAt", edition.announceAt().atOffset(ZoneOffset.UTC))
                .param("exclude", edition.excludeHomeCountry())
                .param("groups", String.join(",", edition.nominatorGroups()))
                .param("jury", String.join(",", edition.jury()))
                .param("chair", edition.chair())
                .param("fallback", edition.announceFallback())
                .update();
    }

    void recordLaureate(String callId, String candidateId, String reasons) {
        jdbc.sql("UPDATE prize_edition SET laureate_id = :c, laureate_reasons = :r WHERE call_id = :id")
                .param("c", candidateId).param("r", reasons).param("id", callId).update();
    }

    void recordAnnouncement(String callId, OffsetDateTime at) {
        jdbc.sql("UPDATE prize_edition SET announced_at = :at WHERE call_id = :id").param("at", at).param("id", callId).update();
    }

    Optional<String> laureateReasons(String callId) {
        return jdbc.sql("SELECT laureate_reasons FROM prize_edition WHERE call_id = :id").param("id", callId)
                .query(String.class).optional();
    }

    Optional<String> laureateId(String callId) {
        return jdbc.sql("SELECT laureate_id FROM prize_edition WHERE call_id = :id AND laureate_id IS NOT NULL").param("id", callId)
                .query(String.class).optional();
    }

    boolean announced(String callId) {
        return jdbc.sql("SELECT COUNT(*) FROM prize_edition WHERE call_id = :id AND announced_at IS NOT NULL")
                .param("id", callId).query(Integer.class).single() > 0;
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).toList();
    }
}
