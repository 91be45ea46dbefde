package io.grantflow.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A review criterion: reviewers score it on the levels of its scale (each level with what it means), it counts with
 * its weight in the weighted mean, and an application scored below its threshold (when one is set) cannot be funded.
 */
public record Criterion(String id, Text name, BigDecimal weight, BigDecimal threshold, Map<Integer, Text> levels) {

    /** The scores a reviewer may give, lowest first. */
    public List<Integer> scores() {
        return levels.keySet().stream().sorted().toList();
    }

    public int lowestLevel() {
        return scores().get(0);
    }

    public int highestLevel() {
        return scores().get(scores().size() - 1);
    }

    /** True where the criterion has a threshold and this mean of its scores falls below it. */
    public boolean isBelowThreshold(double mean) {
        return threshold != null && BigDecimal.valueOf(mean).compareTo(threshold) < 0;
    }
}
