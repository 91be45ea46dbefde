package io.grantflow.irp;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The agreement as a document: its text written once when the agreement opens, and the PDF that shows it with
 * each party's signature (who signed, when) as it stands.
 */
@Service
public class AgreementDocuments {

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm");

    private final AgreementRepository agreements;
    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final AgreementText text;
    private final Clock clock;

    AgreementDocuments(AgreementRepository agreements, ApplicationService applications, CallService calls, UserDirectory users,
                       AgreementText text, Clock clock) {
        this.clock = clock;
        this.agreements = agreements;
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.text = text;
    }

    /** The agreement's PDF for {@code userId}: its coordinator or a manager; nobody else learns that it exists. */
    public byte[] pdfFor(String applicationId, String userId, boolean manager, Locale language) {
        return pdf(applications.getFor(applicationId, userId, manager).id(), language);
    }

    void write(String applicationId) {
        Application a = applications.get(applicationId);
        Call call = calls.get(a.callId());
        var details = applications.irpDetails(applicationId).orElseThrow();
        String coordinator = users.contact(a.applicantId()).name();
        List<String> texts = AgreementText.LANGUAGES.stream().map(l -> text.write(l, a, call, details, coordinator)).toList();
        agreements.insertText(applicationId, texts.get(0), texts.get(1), Sha256.hex(texts.get(0)), clock.instant());
    }

    /** The agreement's text; one opened before texts were kept gets its text now, from the template of today. */
    AgreementDocument document(String applicationId) {
        return agreements.findText(applicationId).orElseGet(() -> {
            if (agreements.findAll(applicationId).isEmpty()) {
                throw new NotFoundException("No agreement for " + applicationId);
            }
            write(applicationId);
            return agreements.findText(applicationId).orElseThrow();
        });
    }

    byte[] pdf(String applicationId, Locale language) {
        AgreementDocument d = document(applicationId);
        boolean french = language.getLanguage().equals("fr");
        StringBuilder page = new StringBuilder(d.text(language));
        page.append("\n# ").append("Signatures").append('\n');
        page.append(french ? "Référence du texte signé : " : "Reference of the text signed: ").append(d.reference()).append('\n');
        for (Signature s : agreements.findAll(applicationId)) {
            page.append(s.institution()).append(french ? " : " : ": ").append(signed(s, french)).append('\n');
        }
        return AgreementPdf.render(applications.get(applicationId).title(), page.toString());
    }

    private static String signed(Signature s, boolean french) {
        if (!s.signed()) {
            return french ? "pas encore signé" : "not signed yet";
        }
        String at = s.signedAt().atZone(Call.FUNDER_ZONE).format(SIGNED_AT.withLocale(french ? Locale.FRENCH : Locale.ENGLISH));
        return french ? "signé par " + s.signedBy() + " le " + at + " (heure de Paris)"
                : "signed by " + s.signedBy() + " on " + at + " (Paris time)";
    }
}
