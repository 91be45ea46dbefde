package io.grantflow.eligibility;

import java.util.Arrays;
import java.util.List;

/** Why an application fails a condition: a stable code, and the values its message quotes. */
public record Reason(String code, List<String> args) {

    static Reason of(String code, Object... args) {
        return new Reason(code, Arrays.stream(args).map(String::valueOf).toList());
    }
}
