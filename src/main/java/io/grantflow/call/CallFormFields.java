package io.grantflow.call;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads the typed fields of the managers' call pages: each malformed or missing one is put into the errors, by
 * field, in the page's language, and read as null.
 */
@Component
class CallFormFields {

    private final MessageSource messages;

    CallFormFields(MessageSource messages) {
        this.messages = messages;
    }

    /** A Paris wall-clock time (or an instant with an offset). */
    Instant time(Map<String, String> values, String field, Map<String, String> errors, Locale locale) {
        String text = values.get(field);
        if (blank(text)) {
            errors.put(field, message("calls.error.required", locale));
            return null;
        }
        try {
            return ParisTime.parse(text.trim());
        } catch (DateTimeException e) {
            errors.put(field, message("calls.error.dateTime", locale));
            return null;
        }
    }

    /** A decimal number of sensible size. */
    BigDecimal amount(Map<String, String> values, String field, Map<String, String> errors, Locale locale) {
        String text = values.get(field);
        if (blank(text)) {
            errors.put(field, message("calls.error.required", locale));
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text.trim());
            if (amount.scale() > 18 || amount.scale() < -18 || amount.precision() > 30) {
                throw new NumberFormatException("out of range");
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.put(field, message("calls.error.number", locale));
            return null;
        }
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
