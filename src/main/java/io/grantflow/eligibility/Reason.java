package io.grantflow.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Why an application fails a condition: a stable code, and the values its message quotes. */
public record Reason(String code, List<String> args) {

    /** The outputs a table column quotes as {0}, {1}, {2}. */
    private static final List<String> VALUE_OUTPUTS = List.of("value0", "value1", "value2");

    /** One matched rule of an eligibility table: its "reason" output and the values after it, as the letter quotes them. */
    static Reason fromTableRow(Map<String, Object> row) {
        List<String> args = new ArrayList<>();
        for (String output : VALUE_OUTPUTS) {
            args.add(quoted(row.get(output)));
        }
        while (!args.isEmpty() && args.get(args.size() - 1) == null) {
            args.remove(args.size() - 1);
        }
        return new Reason((String) row.get("reason"), args.stream().map(arg -> arg == null ? "" : arg).toList());
    }

    /** Amounts as written, without a trailing ".0" (25000, 10000.01); anything else as text. */
    private static String quoted(Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
