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

    /** "Tie at 4.5: 1. Graphene photonics, 2. Ocean heat." one sentence per tie; empty when there is none. */
    static String describe(List<RankedApplication> ranking) {
        return groups(ranking).stream()
                .map(tie -> "Tie at " + FundingDecisionService.plain(tie.get(0).mean()) + ": " + tie.stream()
                        .map(r -> r.rank() + ". " + r.title()).collect(Collectors.joining(", ")) + ".")
                .collect(Collectors.joining(" "));
    }

    private static List<List<RankedApplication>> groups(List<RankedApplication> ranking) {
        Map<Double, List<RankedApplication>> byMean = new LinkedHashMap<>();
        ranking.stream().filter(r -> r.reviews() > 0)
                .forEach(r -> byMean.computeIfAbsent(r.mean(), m -> new ArrayList<>()).add(r));
        return byMean.values().stream().filter(group -> group.size() > 1).toList();
    }
}
