package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well a reviewer fits an application, in [0,1], with the parts it is made of so that a
 * programme manager can read why.
 *
 * @param textPart     BM25 score of the application's text against the reviewer's profile, normalised to [0,1]
 * @param keywordPart  Jaccard overlap of the normalised keywords, in [0,1]
 * @param bidPart      the reviewer's bid, from -1 to +1 (0 when there is none)
 * @param pinned       a programme manager forced this pair in
 * @param terms        the analysed terms that produced the BM25 score, strongest first
 * @param keywords     the keywords both sides share
 */
public record Affinity(String applicationId, String reviewerId, double value, double textPart, double keywordPart,
                       double bidPart, boolean pinned, List<MatchedTerm> terms, List<String> keywords) {

    /** One analysed term that matched, with its BM25 contribution (before normalisation). */
    public record MatchedTerm(String term, double bm25) { }

    public Affinity {
        terms = terms == null ? List.of() : List.copyOf(terms);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** A pair that was not among the application's top candidates: it counts as no affinity. */
    static Affinity outsideCandidates(String applicationId, String reviewerId) {
        return new Affinity(applicationId, reviewerId, 0, 0, 0, 0, false, List.of(), List.of());
    }

    public Pair pair() {
        return new Pair(applicationId, reviewerId);
    }

    /** "0.72 = text 0.81, keywords 0.40; matched terms: graphene (BM25 2.10); keyword 'photonics'". */
    public String explain() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.3f = text %.3f, keywords %.3f",
                value, textPart, keywordPart));
        if (bidPart != 0) {
            text.append(String.format(Locale.ROOT, ", bid %+.2f", bidPart));
        }
        if (pinned) {
            text.append(", pinned by the programme manager");
        }
        List<String> reasons = new ArrayList<>();
        if (!terms.isEmpty()) {
            reasons.add("matched terms: " + String.join(", ", terms.stream().limit(8)
                    .map(t -> String.format(Locale.ROOT, "%s (BM25 %.2f)", t.term(), t.bm25())).toList()));
        }
        keywords.forEach(k -> reasons.add("keyword '" + k + "'"));
        if (reasons.isEmpty() && !pinned && bidPart == 0) {
            reasons.add("no shared terms");
        }
        if (!reasons.isEmpty()) {
            text.append("; ").append(String.join("; ", reasons));
        }
        return text.toString();
    }
}
