package io.grantflow.prize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.grantflow.call.Call;
import io.grantflow.notification.NotificationService;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks a candidate to accept the prize through a once-only link. The link carries a random token; only its
 * SHA-256 hash is stored, so the table alone cannot answer for anyone. An answered or expired link is refused.
 */
@Service
public class OfferService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CandidateRepository candidates;
    private final PrizeEditions editions;
    private final NotificationService notifications;
    private final RuntimeService runtime;
    private final String baseUrl;
    private final Clock clock;

    OfferService(JdbcClient jdbc, CandidateRepository candidates, PrizeEditions editions, NotificationService notifications,
                 RuntimeService runtime, @Value("${grantflow.base-url}") String baseUrl, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.editions = editions;
        this.notifications = notifications;
        this.runtime = runtime;
        this.baseUrl = baseUrl;
    }

    public record Offer(String id, String candidateId, Instant expiresAt) {
    }

    /** What the offer page shows; {@code language} is the candidate's, as the nomination gave it. */
    public record OfferView(String candidate, String edition, Instant expiresAt, String answer, String language) {
    }

    /** Creates the offer and mails the link; the candidate has {@code days} to answer. */
    public Offer offer(String callId, String candidateId, int days) {
        Call call = editions.prizeCall(callId);
        Candidate candidate = candidates.find(candidateId).orElseThrow();
        String token = newToken();
        Instant expiresAt = clock.instant().plus(Duration.ofDays(days));
        Offer offer = new Offer(UUID.randomUUID().toString(), candidateId, expiresAt);
        jdbc.sql("INSERT INTO prize_offer (id, call_id, candidate_id, token_hash, expires_at) VALUES (:id, :call, :c, :h, :exp)")
                .param("id", offer.id()).param("call", callId).param("c", candidateId).param("h", hash(token))
                .param("exp", expiresAt.atOffset(ZoneOffset.UTC)).update();
        candidates.setStatus(candidateId, CandidateStatus.ASKED);
        notifications.send("prize-offer", candidate.contact(), Map.of(
                "name", candidate.name(),
                "edition", call.title(),
                "link", baseUrl + "/prize/offers/" + token,
                "expiresAt", expiresAt.atZone(Call.FUNDER_ZONE),
                "announceAt", editions.get(callId).announceAt().atZone(Call.FUNDER_ZONE)), callId);
        return offer;
    }

    public OfferView view(String token) {
        Row row = row(token).orElseThrow(() -> new NotFoundException("No such offer"));
        Candidate candidate = candidates.find(row.candidateId()).orElseThrow();
        return new OfferView(candidate.name(), editions.prizeCall(row.callId()).title(), row.expiresAt(), row.answer(),
                candidate.language());
    }

    /** The candidate's answer, once; it moves the edition's process on at once. */
    @Transactional
    public void answer(String token, boolean accept) {
        Row row = row(token).orElseThrow(() -> new NotFoundException("No such offer"));
        if (row.answer() != null) {
            throw new ConflictException("token", "This link has already been used");
        }
        if (!clock.instant().isBefore(row.expiresAt())) {
            throw new ConflictException("token", "This offer expired on " + row.expiresAt().atZone(Call.FUNDER_ZONE));
        }
        close(row.id(), accept ? "ACCEPTED" : "DECLINED");
        candidates.setStatus(row.candidateId(), accept ? CandidateStatus.ACCEPTED : CandidateStatus.DECLINED);
        runtime.createMessageCorrelation("PrizeAnswer").processInstanceBusinessKey(row.callId())
                .setVariable("accepted", accept)
                .correlateWithResult();
    }

    /** The answer period ran out without an answer. */
    public void expire(String offerId) {
        jdbc.sql("SELECT candidate_id FROM prize_offer WHERE id = :id AND answer IS NULL").param("id", offerId)
                .query(String.class).optional()
                .ifPresent(candidateId -> {
                    close(offerId, "EXPIRED");
                    candidates.setStatus(candidateId, CandidateStatus.SILENT);
                });
    }

    private void close(String offerId, String answer) {
        jdbc.sql("UPDATE prize_offer SET answer = :a, answered_at = :at WHERE id = :id")
                .param("a", answer).param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("id", offerId).update();
    }

    private record Row(String id, String callId, String candidateId, Instant expiresAt, String answer) {
    }

    private Optional<Row> row(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM prize_offer WHERE token_hash = :h").param("h", hash(token))
                .query((rs, n) -> new Row(rs.getString("id"), rs.getString("call_id"), rs.getString("candidate_id"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getString("answer")))
                .optional();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
