package io.grantflow.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applications of a ranking with the same weighted mean (as shown, to two decimals): the order between them is only
 * their submission order, so the committee is told to choose between them itself.
 */
final class RankingTies {

    private RankingTies() {
    }

    /** The ranks that share their mean with another application. */
    static Set<Integer> tiedRanks(List<RankedApplication> ranking) {
        return groups(ranking).stream().flatMap(List::stream).map(RankedApplication::rank).collect(Collectors.toSet());
    }

    /** The groups of applications that share a weighted mean, in ranking order. */
    static List<List<RankedApplication>> groups(List<RankedApplication> ranking) {
        Map<Double, List<RankedApplication>> byMean = new LinkedHashMap<>();
        ranking.stream().filter(r -> r.reviews() > 0)
                .forEach(r -> byMean.computeIfAbsent(r.mean(), m -> new ArrayList<>()).add(r));
        return byMean.values().stream().filter(group -> group.size() > 1).toList();
    }
}
