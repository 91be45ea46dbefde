package io.grantflow.review.assignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Text affinity between applications and reviewers.
 *
 * <p>Each reviewer is one in-memory Lucene document (expertise keywords and profile text). An
 * application's title, abstract and keywords are the query: the BM25 score is the sum of the
 * per-term BM25 scores, exactly what a disjunction of term queries scores, computed term by term
 * so that every pair keeps the terms behind it. A term's BM25 score never reaches its IDF, so the
 * sum over the query's IDFs bounds the score: dividing by it makes long and short abstracts
 * comparable, and dividing by the call's best such ratio spreads the text part over [0,1].
 *
 * <p>affinity = clamp(textWeight × text + keywordWeight × Jaccard(keywords) + bidWeight × bid, 0, 1).
 */
public final class AffinityModel {

    private final double textWeight;
    private final double keywordWeight;
    private final double bidWeight;

    /** Text 0.7, keywords 0.3, bid ±0.1. */
    public AffinityModel() {
        this(0.7, 0.3, 0.1);
    }

    public AffinityModel(double textWeight, double keywordWeight, double bidWeight) {
        this.textWeight = textWeight;
        this.keywordWeight = keywordWeight;
        this.bidWeight = bidWeight;
    }

    /** The top-N eligible candidate reviewers of every application, with their affinity and its explanation. */
    public AffinityMatrix build(AssignmentProblem problem) {
        List<Reviewer> reviewers = problem.reviewers();
        try (Analyzer analyzer = TextAnalysis.analyzer(); ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            index(directory, analyzer, reviewers);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity());
                return score(problem, analyzer, searcher, reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void index(ByteBuffersDirectory directory, Analyzer analyzer, List<Reviewer> reviewers)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Reviewer reviewer : reviewers) {
                Document document = new Document();
                String text = String.join(". ", reviewer.expertiseKeywords()) + ". " + reviewer.profile();
                document.add(new TextField(TextAnalysis.FIELD, text, Field.Store.NO));
                writer.addDocument(document);
            }
            // One segment, documents in insertion order: document number = reviewer index.
            writer.forceMerge(1);
        }
    }

    private AffinityMatrix score(AssignmentProblem problem, Analyzer analyzer, IndexSearcher searcher,
                                 DirectoryReader reader) throws IOException {
        List<Reviewer> reviewers = problem.reviewers();
        List<Set<String>> reviewerKeywords = reviewers.stream()
                .map(r -> TextAnalysis.normalisedKeywords(analyzer, r.expertiseKeywords())).toList();
        Map<String, TermScores> postings = new HashMap<>();
        Eligibility eligibility = new Eligibility(problem);
        int documents = reader.numDocs();

        // First pass: raw BM25 ratios, to find the call's best one.
        List<Map<Integer, Match>> matchesPerApplication = new ArrayList<>();
        double bestRatio = 0;
        for (Submission application : problem.applications()) {
            Set<String> queryTerms = new LinkedHashSet<>(TextAnalysis.terms(analyzer,
                    application.title() + ". " + application.abstractText() + ". "
                            + String.join(". ", application.keywords())));
            Map<Integer, Match> matches = new HashMap<>();
            double idfSum = 0;
            for (String term : queryTerms) {
                TermScores scores = postings.computeIfAbsent(term, t -> termScores(searcher, reader, t));
                if (scores.docs.length == 0) {
                    continue;
                }
                idfSum += idf(scores.docs.length, documents);
                for (int i = 0; i < scores.docs.length; i++) {
                    matches.computeIfAbsent(scores.docs[i], d -> new Match()).add(term, scores.scores[i]);
                }
            }
            for (Match match : matches.values()) {
                match.ratio = match.bm25 / idfSum;
                bestRatio = Math.max(bestRatio, match.ratio);
            }
            matchesPerApplication.add(matches);
        }

        Map<String, Integer> reviewerIndex = new HashMap<>();
        for (int r = 0; r < reviewers.size(); r++) {
            reviewerIndex.put(reviewers.get(r).id(), r);
        }
        Map<String, List<Integer>> bidOrPinReviewers = new HashMap<>();
        for (Pair pair : problem.bids().keySet().stream().filter(p -> problem.bids().get(p) != 0).toList()) {
            addIfKnown(bidOrPinReviewers, pair, reviewerIndex);
        }
        problem.pins().forEach(pair -> addIfKnown(bidOrPinReviewers, pair, reviewerIndex));

        Map<String, List<Affinity>> byApplication = new HashMap<>();
        for (int a = 0; a < problem.applications().size(); a++) {
            Submission application = problem.applications().get(a);
            Set<String> keywords = TextAnalysis.normalisedKeywords(analyzer, application.keywords());
            Map<Integer, Match> matches = matchesPerApplication.get(a);
            // Only reviewers with a shared term, a bid or a pin can have a positive affinity.
            Set<Integer> considered = new TreeSet<>(matches.keySet());
            considered.addAll(bidOrPinReviewers.getOrDefault(application.id(), List.of()));
            List<Affinity> candidates = new ArrayList<>();
            for (int r : considered) {
                Reviewer reviewer = reviewers.get(r);
                if (!eligibility.eligible(application, reviewer)) {
                    continue;
                }
                Pair pair = new Pair(application.id(), reviewer.id());
                double bid = clampBid(problem.bids().getOrDefault(pair, 0.0));
                boolean pinned = problem.pins().contains(pair);
                candidates.add(affinity(pair, matches.get(r), bestRatio, keywords, reviewerKeywords.get(r), bid, pinned));
            }
            candidates.sort(Comparator.comparingDouble(Affinity::value).reversed().thenComparing(Affinity::reviewerId));
            List<Affinity> kept = new ArrayList<>(candidates.subList(0, Math.min(problem.topN(), candidates.size())));
            candidates.stream().skip(kept.size()).filter(Affinity::pinned).forEach(kept::add);
            byApplication.put(application.id(), kept);
        }
        return new AffinityMatrix(byApplication);
    }

    private Affinity affinity(Pair pair, Match match, double bestRatio, Set<String> applicationKeywords,
                              Set<String> reviewerKeywords, double bid, boolean pinned) {
        double text = match == null || bestRatio == 0 ? 0 : match.ratio / bestRatio;
        List<String> shared = applicationKeywords.stream().filter(reviewerKeywords::contains).toList();
        int union = applicationKeywords.size() + reviewerKeywords.size() - shared.size();
        double jaccard = union == 0 ? 0 : (double) shared.size() / union;
        double value = Math.max(0, Math.min(1, textWeight * text + keywordWeight * jaccard + bidWeight * bid));
        List<Affinity.MatchedTerm> terms = match == null ? List.of() : match.terms.stream()
                .sorted(Comparator.comparingDouble(Affinity.MatchedTerm::bm25).reversed()).limit(10).toList();
        return new Affinity(pair.applicationId(), pair.reviewerId(), value, text, jaccard, bid, pinned, terms, shared);
    }

    private static void addIfKnown(Map<String, List<Integer>> target, Pair pair, Map<String, Integer> reviewerIndex) {
        Integer r = reviewerIndex.get(pair.reviewerId());
        if (r != null) {
            target.computeIfAbsent(pair.applicationId(), a -> new ArrayList<>()).add(r);
        }
    }

    private static double clampBid(double bid) {
        return Math.max(-1, Math.min(1, bid));
    }

    /** Lucene's BM25 IDF; a term's score tends to it as the term frequency grows. */
    private static double idf(long docFreq, long docCount) {
        return Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    /** BM25 score of one term in every profile that contains it. */
    private static TermScores termScores(IndexSearcher searcher, DirectoryReader reader, String term) {
        try {
            TermQuery query = new TermQuery(new Term(TextAnalysis.FIELD, term));
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
            int[] docs = new int[16];
            float[] scores = new float[16];
            int count = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator iterator = scorer.iterator();
                for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
                    if (count == docs.length) {
                        docs = Arrays.copyOf(docs, count * 2);
                        scores = Arrays.copyOf(scores, count * 2);
                    }
                    docs[count] = leaf.docBase + doc;
                    scores[count++] = scorer.score();
                }
            }
            TermScores result = new TermScores(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record TermScores(int[] docs, float[] scores) { }

    private static final class Match {
        final List<Affinity.MatchedTerm> terms = new ArrayList<>();
        double bm25;
        double ratio;

        void add(String term, double score) {
            terms.add(new Affinity.MatchedTerm(term, score));
            bm25 += score;
        }
    }
}
