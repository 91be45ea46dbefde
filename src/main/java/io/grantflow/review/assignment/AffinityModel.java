package io.grantflow.review.assignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
        int applications = problem.applications().size();

        // First pass: each application's query terms, and the call's best BM25 ratio.
        List<Query> queries = new ArrayList<>(applications);
        double[] bm25 = new double[reviewers.size()];
        double bestRatio = 0;
        for (Submission application : problem.applications()) {
            String text = application.title() + ". " + application.abstractText() + ". "
                    + String.join(". ", application.keywords());
            Map<String, String> surface = TextAnalysis.surfaceForms(analyzer, text);
            List<String> terms = new ArrayList<>();
            List<TermScores> termScores = new ArrayList<>();
            double idfSum = 0;
            for (String term : surface.keySet()) {
                TermScores scores = postings.computeIfAbsent(term, t -> termScores(searcher, reader, t));
                if (scores.docs.length > 0) {
                    terms.add(surface.get(term));
                    termScores.add(scores);
                    idfSum += idf(scores.docs.length, documents);
                }
            }
            Query query = new Query(terms, termScores, idfSum);
            queries.add(query);
            for (int r : query.accumulate(bm25)) {
                bestRatio = Math.max(bestRatio, bm25[r] / idfSum);
                bm25[r] = 0;
            }
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

        // Second pass: affinities, the top N, and the explanation of those kept.
        Map<String, List<Affinity>> byApplication = new HashMap<>();
        for (int a = 0; a < applications; a++) {
            Submission application = problem.applications().get(a);
            Set<String> keywords = TextAnalysis.normalisedKeywords(analyzer, application.keywords());
            Query query = queries.get(a);
            // Only reviewers with a shared term, a bid or a pin can have a positive affinity.
            Set<Integer> considered = new TreeSet<>(query.accumulate(bm25));
            considered.addAll(bidOrPinReviewers.getOrDefault(application.id(), List.of()));
            List<Scored> scored = new ArrayList<>();
            for (int r : considered) {
                Reviewer reviewer = reviewers.get(r);
                if (eligibility.eligible(application, reviewer)) {
                    Pair pair = new Pair(application.id(), reviewer.id());
                    double text = bestRatio == 0 ? 0 : bm25[r] / query.idfSum / bestRatio;
                    double bid = clampBid(problem.bids().getOrDefault(pair, 0.0));
                    double jaccard = jaccard(keywords, reviewerKeywords.get(r));
                    double value = Math.max(0, Math.min(1, textWeight * text + keywordWeight * jaccard + bidWeight * bid));
                    scored.add(new Scored(r, pair, value, text, jaccard, bid, problem.pins().contains(pair)));
                }
                bm25[r] = 0;
            }
            scored.sort(Comparator.comparingDouble(Scored::value).reversed()
                    .thenComparing(x -> x.pair().reviewerId()));
            List<Affinity> kept = new ArrayList<>();
            for (int i = 0; i < scored.size(); i++) {
                Scored x = scored.get(i);
                if (i < problem.topN() || x.pinned()) {
                    List<String> shared = keywords.stream().filter(reviewerKeywords.get(x.reviewer())::contains).toList();
                    kept.add(new Affinity(x.pair().applicationId(), x.pair().reviewerId(), x.value(), x.text(),
                            x.jaccard(), x.bid(), x.pinned(), query.matchedTerms(x.reviewer()), shared));
                }
            }
            byApplication.put(application.id(), kept);
        }
        return new AffinityMatrix(byApplication);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        long union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
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

    private record Scored(int reviewer, Pair pair, double value, double text, double jaccard, double bid,
                          boolean pinned) { }

    /** An application's analysed terms that occur in some profile, with their postings. */
    private record Query(List<String> terms, List<TermScores> scores, double idfSum) {

        /** Adds each profile's BM25 score into {@code bm25}; returns the profiles touched. */
        List<Integer> accumulate(double[] bm25) {
            List<Integer> touched = new ArrayList<>();
            for (TermScores term : scores) {
                for (int i = 0; i < term.docs.length; i++) {
                    if (bm25[term.docs[i]] == 0) {
                        touched.add(term.docs[i]);
                    }
                    bm25[term.docs[i]] += term.scores[i];
                }
            }
            return touched;
        }

        List<Affinity.MatchedTerm> matchedTerms(int doc) {
            List<Affinity.MatchedTerm> matched = new ArrayList<>();
            for (int t = 0; t < terms.size(); t++) {
                int i = Arrays.binarySearch(scores.get(t).docs, doc);
                if (i >= 0) {
                    matched.add(new Affinity.MatchedTerm(terms.get(t), scores.get(t).scores[i]));
                }
            }
            matched.sort(Comparator.comparingDouble(Affinity.MatchedTerm::bm25).reversed());
            return matched.size() > 10 ? matched.subList(0, 10) : matched;
        }
    }
}
