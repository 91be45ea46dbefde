package io.grantflow.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that one of our own readers refused (a Paris time that does not exist), with what is wrong
 * in plain words: the problem detail shows that message under the field's JSON path.
 */
public class JsonFieldException extends MismatchedInputException {

    public JsonFieldException(JsonParser parser, String message) {
        super(parser, message, (Class<?>) null);
    }
}
