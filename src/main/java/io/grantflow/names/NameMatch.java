package io.grantflow.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whether two written names are one person's: the same words once titles, accents, case, hyphens and order are
 * set aside ("Prof. Wei Chen" is "Chen Wei"), or only possibly so, for a person to decide: a word in common
 * ("Wei Chen" and "Li Chen"), initials ("W. Chen"), or a word one typing slip away ("Chen" and "Chan").
 */
public enum NameMatch {
    SAME, DOUBTFUL, DIFFERENT;

    /** Titles and degrees, which never tell two people apart. */
    private static final Set<String> TITLES = Set.of("prof", "professor", "professeur", "professeure", "pr", "dr",
            "doctor", "docteur", "mr", "mrs", "ms", "mme", "mlle", "madame", "monsieur", "sir", "dame", "phd", "hdr");
    /** Particles, which alone are no sign of one person. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "des", "del", "der", "den", "la", "le",
            "van", "von", "ten", "ter", "el", "al", "bin", "ben");

    public static NameMatch of(String one, String other) {
        List<String> a = words(one);
        List<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return DIFFERENT;
        }
        if (a.stream().sorted().toList().equals(b.stream().sorted().toList())) {
            return SAME;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = new ArrayList<>(a.size() <= b.size() ? b : a);
        int same = 0;
        int close = 0;
        for (String word : shorter) {
            String partner = longer.stream().filter(word::equals).findFirst()
                    .or(() -> longer.stream().filter(w -> initialOf(word, w) || oneSlipApart(word, w)).findFirst())
                    .orElse(null);
            if (partner != null) {
                longer.remove(partner);
                if (partner.equals(word) && !PARTICLES.contains(word) && word.length() > 1) {
                    same++;
                } else {
                    close++;
                }
            }
        }
        return same > 0 || same + close == shorter.size() ? DOUBTFUL : DIFFERENT;
    }

    private static List<String> words(String name) {
        return Arrays.stream(NameKey.of(name).split(" ")).filter(w -> !w.isEmpty() && !TITLES.contains(w)).toList();
    }

    /** "w" for "wei", either way round. */
    private static boolean initialOf(String x, String y) {
        return (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
    }

    /** One letter changed, added or dropped, in words long enough for that to be a slip rather than another name. */
    private static boolean oneSlipApart(String x, String y) {
        if (Math.min(x.length(), y.length()) < 4 || Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        String restX = x.substring(Math.min(i + 1, x.length()));
        String restY = y.substring(Math.min(i + 1, y.length()));
        return restX.equals(restY) || x.substring(i).equals(restY) || restX.equals(y.substring(i));
    }
}
