package io.grantflow.problem;

import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Names the field behind a JSON that could not be read, for the problem detail. */
final class JsonErrors {

    private JsonErrors() {
    }

    static String path(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        return "body";
    }

    static String describe(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException m) {
            return m.getOriginalMessage();
        }
        return "malformed JSON";
    }
}
