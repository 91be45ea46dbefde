package io.grantflow.notification;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/** What a failed SMTP attempt means: a permanent refusal of this message, or a failure worth another try. */
final class SmtpReplies {

    private SmtpReplies() {
    }

    /**
     * The server's reply (Jakarta Mail chains a refused recipient as the "next exception", which getCause returns) when it refused the message for good: a 5xx for the recipient or for the message, else
     * null. A refused sender (5xx to MAIL FROM) or login is the configuration's fault and is retried like an outage.
     */
    static String refusal(Exception e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 10; t = t.getCause(), depth++) {
            if (t instanceof SMTPSenderFailedException) {
                return null;
            }
            if (t instanceof SMTPAddressFailedException a && a.getReturnCode() / 100 == 5) {
                return a.getMessage().strip();
            }
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() / 100 == 5 && s.getInvalidAddresses() == null) {
                return s.getMessage().strip();
            }
        }
        return null;
    }

    /** One line for the outbox and the engine: the failure and, when it differs, its root cause. */
    static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
