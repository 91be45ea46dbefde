package io.grantflow.call;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

/**
 * A programme id as a manager sends it: any scalar is read as its text, so that a number or a misspelt id is
 * answered with the list of the running programmes rather than with the kind of value expected.
 */
class ProgrammeIdJson extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken().isStructStart()) {
            return String.valueOf(context.readTree(parser));
        }
        return parser.getText();
    }
}
