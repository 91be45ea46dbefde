package io.grantflow.notification;

import java.util.Locale;
import java.util.Map;

import io.grantflow.process.Shortened;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from templates/mail/{language}/{template}.txt: the first line is "Subject: ...",
 * the rest is the body. Plain text, so that staff can edit the wording without touching code. A subject made of
 * several long texts (an institution and a title) is shortened to fit the outbox's column; the body keeps them whole.
 */
@Component
class MailComposer {

    /** The outbox's notification.subject column. */
    static final int SUBJECT_MAX_CHARS = 500;

    record Rendered(String subject, String body) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailComposer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    Rendered render(String template, Locale language, Map<String, Object> model) {
        String text = engine.process(language.getLanguage() + "/" + template, new Context(language, model));
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        if (!first.startsWith("Subject:")) {
            throw new IllegalStateException("Mail template " + template + " must start with a Subject: line");
        }
        return new Rendered(Shortened.toFit(first.substring("Subject:".length()).trim(), SUBJECT_MAX_CHARS), newline < 0 ? "" : text.substring(newline + 1).strip() + "\n");
    }
}
