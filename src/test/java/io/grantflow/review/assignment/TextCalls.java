package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Calls with generated English text: each topic has its own vocabulary, profiles and abstracts mix two topics. */
final class TextCalls {

    private static final int TOPICS = 30;
    private static final int WORDS_PER_TOPIC = 40;
    private static final String[] FILLER = {"study", "approach", "results", "novel", "method", "analysis",
        "the", "of", "and", "we", "propose", "new", "data", "model", "project", "research"};

    private TextCalls() {
    }

    static AssignmentProblem generate(int applications, int reviewers, Random random) {
        List<Reviewer> reviewerList = new ArrayList<>();
        for (int r = 0; r < reviewers; r++) {
            int[] topics = {random.nextInt(TOPICS), random.nextInt(TOPICS)};
            reviewerList.add(new Reviewer("R" + r, "I" + random.nextInt(Math.max(3, reviewers / 4)),
                    random.nextBoolean() ? "FR" : "DE", keywords(topics, random), text(topics, 80, random), 6, 0));
        }
        List<Submission> applicationList = new ArrayList<>();
        for (int a = 0; a < applications; a++) {
            int[] topics = {random.nextInt(TOPICS), random.nextInt(TOPICS)};
            applicationList.add(new Submission("A" + a, "I" + random.nextInt(Math.max(3, reviewers / 4)),
                    text(topics, 10, random), text(topics, 250, random), keywords(topics, random)));
        }
        return AssignmentProblem.builder(applicationList, reviewerList).reviewersPerApplication(3).topN(50).build();
    }

    private static List<String> keywords(int[] topics, Random random) {
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            keywords.add(word(topics[random.nextInt(topics.length)], random.nextInt(8)));
        }
        return keywords;
    }

    private static String text(int[] topics, int words, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            double roll = random.nextDouble();
            text.append(roll < 0.4 ? FILLER[random.nextInt(FILLER.length)]
                    : word(topics[roll < 0.75 ? 0 : 1], (int) Math.min(WORDS_PER_TOPIC - 1,
                    -Math.log(1 - random.nextDouble()) * 10))).append(' ');
        }
        return text.toString();
    }

    /** A made-up but stable word, e.g. "topic7term12" → "quorvex". */
    private static String word(int topic, int index) {
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "phy", "gra", "tron"};
        int code = topic * WORDS_PER_TOPIC + index + 7;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            word.append(syllables[code % syllables.length]);
            code /= syllables.length;
        }
        return word.append(topic).toString();
    }
}
