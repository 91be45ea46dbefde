package io.grantflow.programme;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A review criterion: reviewers score it on the levels of its scale (each level with what it means), it counts with
 * its weight in the weighted mean, and an application scored below its threshold (when one is set) cannot be funded.
 */
public record Criterion(String id, Text name, BigDecimal weight, BigDecimal threshold, Map<Integer, Text> levels) {
}
