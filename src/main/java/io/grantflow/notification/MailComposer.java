package io.grantflow.notification;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from templates/mail/{language}/{template}.txt: the first line is "Subject: ...",
 * the rest is the body. Plain text, so that staff can edit the wording without touching code.
 */
@Component
class MailComposer {

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
        return new Rendered(first.substring("Subject:".length()).trim(), newline < 0 ? "" : text.substring(newline + 1).strip() + "\n");
    }
}
