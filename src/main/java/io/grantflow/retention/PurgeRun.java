package io.grantflow.retention;

import java.time.Instant;
import java.util.Map;

/**
 * What one run of the retention purge deleted, counted per programme id; nothing about the people.
 *
 * @param at     the instant of the run, from the product's clock
 * @param cases  applications deleted, per programme
 * @param drafts drafts never submitted deleted, per programme
 * @param editions prize editions whose personal data was deleted, per programme
 * @param kept   cases and editions past their period kept because they still run or their applicant's erasure request waits
 * @param failed cases whose deletion the database refused (logged with their id; tried again by the next run)
 */
public record PurgeRun(Instant at, Map<String, Integer> cases, Map<String, Integer> drafts, Map<String, Integer> editions, int kept, int failed) {

    public int casesPurged() {
        return cases.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int editionsPurged() {
        return editions.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int draftsPurged() {
        return drafts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
