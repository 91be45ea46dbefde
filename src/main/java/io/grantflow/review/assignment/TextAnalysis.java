package io.grantflow.review.assignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One analysis for profiles, applications and keywords, so that they meet on the same terms.
 * Texts come in English and French: stop words of both are dropped, accents folded, and words
 * stemmed (Porter), which also brings most French plurals onto their singular.
 */
final class TextAnalysis {

    static final String FIELD = "profile";

    private static final CharArraySet STOP_WORDS = stopWords();

    private TextAnalysis() {
    }

    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new ASCIIFoldingFilter(stream);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Each analysed term with the first word of the text it came from, to show "graphene", not "graphen". */
    static Map<String, String> surfaceForms(Analyzer analyzer, String text) {
        Map<String, String> forms = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                forms.putIfAbsent(term.toString(),
                        text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    /** "Photonic Crystals" and "photonic crystal" are the same keyword. */
    static Set<String> normalisedKeywords(Analyzer analyzer, List<String> keywords) {
        Set<String> result = new LinkedHashSet<>();
        for (String keyword : keywords) {
            List<String> terms = terms(analyzer, keyword);
            String normalised = terms.isEmpty() ? keyword.strip().toLowerCase(Locale.ROOT) : String.join(" ", terms);
            if (!normalised.isEmpty()) {
                result.add(normalised);
            }
        }
        return result;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(FrenchAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(set);
    }
}
