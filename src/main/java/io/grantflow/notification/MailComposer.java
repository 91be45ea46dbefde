package io.grantflow.notification;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.grantflow.process.Shortened;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders a message from templates/mail/{language}/{template}.txt (or a programme's own template): the first line
 * is "Subject: ...",
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

    /**
     * The shared templates live in templates/mail/; a programme's own ("joint-lab/label-granted") in its folder,
     * bpmn/&lt;programme&gt;/mail/{language}/, packaged or in the funder's directory of programmes.
     */
    MailComposer(@Value("${grantflow.programmes.location:}") String programmes) {
        List<AbstractConfigurableTemplateResolver> resolvers = new ArrayList<>();
        resolvers.add(new ClassLoaderTemplateResolver());
        resolvers.get(0).setPrefix("bpmn/");
        if (!programmes.isBlank()) {
            resolvers.add(new FileTemplateResolver());
            resolvers.get(1).setPrefix(Path.of(programmes, "bpmn").toAbsolutePath() + "/");
        }
        resolvers.forEach(r -> r.setResolvablePatterns(Set.of("*/mail/*")));
        ClassLoaderTemplateResolver shared = new ClassLoaderTemplateResolver();
        shared.setPrefix("templates/mail/");
        resolvers.add(shared);
        for (int i = 0; i < resolvers.size(); i++) {
            AbstractConfigurableTemplateResolver resolver = resolvers.get(i);
            resolver.setSuffix(".txt");
            resolver.setTemplateMode(TemplateMode.TEXT);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setCheckExistence(true);
            resolver.setOrder(i);
            engine.addTemplateResolver(resolver);
        }
    }

    /** The template's file name for a language: en/decision-funded, or joint-lab/mail/en/label-granted. */
    static String fileOf(String template, Locale language) {
        int slash = template.indexOf('/');
        return slash < 0 ? language.getLanguage() + "/" + template
                : template.substring(0, slash) + "/mail/" + language.getLanguage() + template.substring(slash);
    }

    Rendered render(String template, Locale language, Map<String, Object> model) {
        String text = engine.process(fileOf(template, language), new Context(language, model));
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        if (!first.startsWith("Subject:")) {
            throw new IllegalStateException("Mail template " + template + " must start with a Subject: line");
        }
        return new Rendered(Shortened.toFit(first.substring("Subject:".length()).trim(), SUBJECT_MAX_CHARS), newline < 0 ? "" : text.substring(newline + 1).strip() + "\n");
    }
}
