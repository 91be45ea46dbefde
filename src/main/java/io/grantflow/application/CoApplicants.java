package io.grantflow.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.grantflow.call.Call;
import io.grantflow.identity.Contact;
import io.grantflow.identity.UserDirectory;
import io.grantflow.notification.NotificationService;
import io.grantflow.problem.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-applicants: invited by email to a draft, they read and change it once they accept, signed in; only the applicant
 * submits, and they read the application afterwards.
 */
@Service
class CoApplicants {

    static final int MAX_PER_DRAFT = 10;
    /** How long an invitation waits to be accepted; once accepted it stays. */
    static final Duration OPEN_FOR = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An invitation: to whose draft of which call, for which address; the account that accepted, if any. */
    record Invitation(String callId, String applicantId, String email, String token, String userId, String applicationId,
                      Instant invitedAt) {

        boolean accepted() {
            return userId != null;
        }

        Instant expiresAt() {
            return invitedAt.plus(OPEN_FOR);
        }
    }

    private final JdbcClient jdbc;
    private final DraftRepository drafts;
    private final NotificationService notifications;
    private final UserDirectory users;
    private final Clock clock;
    private final String baseUrl;

    CoApplicants(JdbcClient jdbc, DraftRepository drafts, NotificationService notifications, UserDirectory users, Clock clock,
                 @Value("${grantflow.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * Invites the address to the applicant's draft and mails it a link, in the applicant's language; refuses an
     * address that is none, the applicant's own, one already invited, and more than {@link #MAX_PER_DRAFT}.
     */
    @Transactional
    void invite(Call call, String applicantId, String email) {
        String address = email == null ? "" : email.trim();
        if (address.length() > 254 || !ApplicationFormValidator.EMAIL.matcher(address).matches() || !PlainText.isPlain(address, false)
                || address.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
            // an invisible format character (a bidi override) would show the address as another one
            throw new InvitationRefused(InvitationRefused.Reason.EMAIL);
        }
        String lowerCase = address.toLowerCase(Locale.ROOT);
        if (lowerCase.length() > 254) {
            throw new InvitationRefused(InvitationRefused.Reason.EMAIL);
        }
        Draft draft = drafts.find(call.id(), applicantId).orElseThrow(() -> new InvitationRefused(InvitationRefused.Reason.NO_DRAFT));
        Contact inviter = users.contact(applicantId);
        if (inviter.email() != null && lowerCase.equals(inviter.email().trim().toLowerCase(Locale.ROOT))) {
            throw new InvitationRefused(InvitationRefused.Reason.SELF);
        }
        List<Invitation> invited = of(call.id(), applicantId);
        if (invited.stream().anyMatch(i -> i.email().equals(lowerCase))) {
            throw new InvitationRefused(InvitationRefused.Reason.TWICE, address);
        }
        if (invited.size() >= MAX_PER_DRAFT) {
            throw new InvitationRefused(InvitationRefused.Reason.TOO_MANY, MAX_PER_DRAFT);
        }
        String token = HexFormat.of().formatHex(randomBytes());
        try {
            jdbc.sql("INSERT INTO co_applicant (id, call_id, applicant_id, email, token, invited_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID().toString(), call.id(), applicantId, lowerCase, token,
                            clock.instant().atOffset(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException twice) {
            throw new InvitationRefused(InvitationRefused.Reason.TWICE, address);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("inviter", inviter.name());
        model.put("title", draft.form().title() == null || draft.form().title().isBlank() ? call.title() : draft.form().title());
        model.put("call", call.title());
        model.put("link", baseUrl + "/portal/co-applicants/" + token);
        notifications.send("co-applicant-invitation", new Contact(null, address, address, inviter.language()), model, call.id());
    }

    List<Invitation> of(String callId, String applicantId) {
        return jdbc.sql("SELECT * FROM co_applicant WHERE call_id = ? AND applicant_id = ? ORDER BY invited_at")
                .params(callId, applicantId).query(CoApplicants::invitation).list();
    }

    Optional<Invitation> byToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM co_applicant WHERE token = ?").params(token).query(CoApplicants::invitation).optional();
    }

    /**
     * The invitation as the signed-in account may open it: refused when unknown, when it is the applicant's own,
     * when another account accepted it, or when it waited longer than {@link #OPEN_FOR} without being accepted.
     */
    Invitation open(String token, String userId) {
        Invitation invitation = byToken(token).orElseThrow(() -> new InvitationRefused(InvitationRefused.Reason.UNKNOWN));
        if (invitation.applicantId().equals(userId)) {
            throw new InvitationRefused(InvitationRefused.Reason.OWN);
        }
        if (invitation.accepted() && !invitation.userId().equals(userId)) {
            throw new InvitationRefused(InvitationRefused.Reason.TAKEN, users.contact(invitation.applicantId()).name());
        }
        if (!invitation.accepted() && !clock.instant().isBefore(invitation.expiresAt())) {
            throw new InvitationRefused(InvitationRefused.Reason.EXPIRED, invitation.expiresAt(), OPEN_FOR.toDays(),
                    users.contact(invitation.applicantId()).name());
        }
        return invitation;
    }

    /** The invitation taken by the signed-in account, under the rules of {@link #open}. */
    Invitation accept(String token, String userId) {
        Invitation invitation = open(token, userId);
        int taken = jdbc.sql("UPDATE co_applicant SET user_id = ?, accepted_at = ? WHERE token = ? AND (user_id IS NULL OR user_id = ?)")
                .params(userId, clock.instant().atOffset(ZoneOffset.UTC), token, userId).update();
        if (taken == 0) {
            throw new InvitationRefused(InvitationRefused.Reason.TAKEN, users.contact(invitation.applicantId()).name());
        }
        return byToken(token).orElseThrow();
    }

    /** Whose draft the user writes: his or her own, or the one of {@code of} who invited him or her; 404 otherwise. */
    String ownerOfDraft(String callId, String userId, String of) {
        if (of == null || of.isBlank() || of.equals(userId)) {
            return userId;
        }
        long invited = jdbc.sql("SELECT COUNT(*) FROM co_applicant WHERE call_id = ? AND applicant_id = ? AND user_id = ? AND application_id IS NULL")
                .params(callId, of, userId).query(Long.class).single();
        if (invited == 0) {
            throw new NotFoundException("No draft of " + of + " to call " + callId);
        }
        return of;
    }

    /** The drafts others invited the user to, still being written. */
    List<Invitation> sharedWith(String userId) {
        return jdbc.sql("SELECT * FROM co_applicant WHERE user_id = ? AND application_id IS NULL ORDER BY invited_at")
                .params(userId).query(CoApplicants::invitation).list();
    }

    /** The draft became the application: the co-applicants who accepted now read it; the invitations not taken close. */
    void submitted(String callId, String applicantId, String applicationId) {
        jdbc.sql("DELETE FROM co_applicant WHERE call_id = ? AND applicant_id = ? AND user_id IS NULL").params(callId, applicantId).update();
        jdbc.sql("UPDATE co_applicant SET application_id = ? WHERE call_id = ? AND applicant_id = ?").params(applicationId, callId, applicantId).update();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Invitation invitation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Invitation(rs.getString("call_id"), rs.getString("applicant_id"), rs.getString("email"), rs.getString("token"),
                rs.getString("user_id"), rs.getString("application_id"), rs.getObject("invited_at", OffsetDateTime.class).toInstant());
    }
}
