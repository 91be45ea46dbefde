package io.grantflow.review.publications;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A publication file that cannot be read, with where (a line or an entry) for the person who sent it. What is wrong is
 * a message of i18n/messages*.properties ({@code publications.file.*}), so that a page says it in its reader's language
 * ({@link #detail()}); the exception's own message is the English text, as the API says it.
 */
public class PublicationFileException extends RuntimeException {

    private static final ResourceBundleMessageSource ENGLISH = english();

    private final transient MessageSourceResolvable detail;

    private PublicationFileException(MessageSourceResolvable detail) {
        super(ENGLISH.getMessage(detail, Locale.ENGLISH));
        this.detail = detail;
    }

    /** What is wrong at a line of the file: {@code problem} names a message under publications.file. */
    static PublicationFileException atLine(int line, String problem, Object... args) {
        return new PublicationFileException(at("line", line, problem, args));
    }

    /** What is wrong with the nth work of a JSON or XML list. */
    static PublicationFileException atEntry(int entry, String problem, Object... args) {
        return new PublicationFileException(at("entry", entry, problem, args));
    }

    /** What is wrong with the file (or the list read from it) as a whole. */
    public static PublicationFileException whole(String problem, Object... args) {
        return new PublicationFileException(message(problem, args));
    }

    /** Where and what, for a MessageSource to say in a reader's language. */
    public MessageSourceResolvable detail() {
        return detail;
    }

    private static MessageSourceResolvable at(String where, int number, String problem, Object... args) {
        // the number as text: MessageFormat would write line 1234 as "1,234"
        return message("where." + where, String.valueOf(number), message(problem, args));
    }

    private static MessageSourceResolvable message(String name, Object... args) {
        Object[] texts = Arrays.stream(args).map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a)).toArray();
        return new DefaultMessageSourceResolvable(new String[] {"publications.file." + name}, texts);
    }

    private static ResourceBundleMessageSource english() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
