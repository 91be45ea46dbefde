package io.grantflow.notification;

import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for the messages of a batch, opened at the first message. {@link #isBroken()} says the connection itself failed (timeout, reset, server gone): the rest of
 * the batch would fail the same way, so it is not tried. A mail sender other than Spring's sends each message on
 * its own, and any failure of it counts as broken.
 */
final class SmtpBatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpBatch.class);

    private final JavaMailSender sender;
    private Transport transport;
    private boolean broken;

    SmtpBatch(JavaMailSender sender) {
        this.sender = sender;
    }

    void send(MimeMessage message) throws MessagingException {
        broken = true; // until the server has answered
        if (!(sender instanceof JavaMailSenderImpl impl)) {
            sender.send(message);
            broken = false;
            return;
        }
        if (transport == null) {
            Transport opened = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
            opened.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
            transport = opened;
        }
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        message.saveChanges();
        try {
            transport.sendMessage(message, message.getAllRecipients());
            broken = false;
        } catch (MessagingException e) {
            // A refused recipient leaves the connection usable; a timeout or reset does not (isConnected asks the server).
            broken = !transport.isConnected();
            if (broken) {
                close();
            }
            throw e;
        }
    }

    boolean isBroken() {
        return broken;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                log.debug("SMTP connection closed with an error: {}", e.getMessage());
            }
            transport = null;
        }
    }
}
