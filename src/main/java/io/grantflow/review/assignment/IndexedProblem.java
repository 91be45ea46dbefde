package io.grantflow.review.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem in integers, as every solver here sees it: applications and reviewers by index, and
 * one arc per eligible candidate pair, grouped by application. Pairs that break a hard conflict
 * never become arcs, whatever the affinity matrix holds.
 */
final class IndexedProblem {

    /** Affinities become integer weights in millionths. */
    static final long SCALE = 1_000_000L;

    final AssignmentProblem problem;
    final int applications;
    final int reviewers;
    final int k;
    final int maxPerInstitution;
    final boolean requireForeign;
    final boolean widened;
    final int[] reviewerInstitution;
    final int institutions;
    final boolean[] foreign;
    final int[] maxLoad;
    final int[] minLoad;
    final int[] arcStart;
    final int[] arcReviewer;
    final long[] arcWeight;
    final boolean[] arcPinned;
    final Affinity[] arcAffinity;
    /** Pins that cannot be honoured: a conflict, an unknown id. */
    final List<Pair> invalidPins;
    final Map<String, Integer> applicationIndex = new HashMap<>();
    final Map<String, Integer> reviewerIndex = new HashMap<>();

    private IndexedProblem(AssignmentProblem problem, AffinityMatrix matrix, boolean widen) {
        this.problem = problem;
        this.applications = problem.applications().size();
        this.reviewers = problem.reviewers().size();
        this.k = problem.reviewersPerApplication();
        this.maxPerInstitution = problem.maxPerInstitution();
        this.requireForeign = problem.requireForeignReviewer();
        this.widened = widen;
        for (int a = 0; a < applications; a++) {
            applicationIndex.put(problem.applications().get(a).id(), a);
        }
        reviewerInstitution = new int[reviewers];
        foreign = new boolean[reviewers];
        maxLoad = new int[reviewers];
        minLoad = new int[reviewers];
        Map<String, Integer> institutionIds = new HashMap<>();
        for (int r = 0; r < reviewers; r++) {
            Reviewer reviewer = problem.reviewers().get(r);
            reviewerIndex.put(reviewer.id(), r);
            String key = Eligibility.institutionKey(reviewer.institution());
            // A reviewer without an institution is an institution of one.
            String unique = key.isEmpty() ? "\u0000" + r : key;
            reviewerInstitution[r] = institutionIds.computeIfAbsent(unique, x -> institutionIds.size());
            foreign[r] = Eligibility.foreign(reviewer, problem.homeCountry());
            maxLoad[r] = reviewer.maxLoad();
            minLoad[r] = reviewer.minLoad();
        }
        this.institutions = institutionIds.size();

        Eligibility eligibility = new Eligibility(problem);
        Map<Integer, List<Integer>> pinsByApplication = new HashMap<>();
        invalidPins = new ArrayList<>();
        for (Pair pin : problem.pins()) {
            Integer a = applicationIndex.get(pin.applicationId());
            Integer r = reviewerIndex.get(pin.reviewerId());
            if (a == null || r == null
                    || !eligibility.eligible(problem.applications().get(a), problem.reviewers().get(r))) {
                invalidPins.add(pin);
            } else {
                pinsByApplication.computeIfAbsent(a, x -> new ArrayList<>()).add(r);
            }
        }

        String[] reviewerKeys = problem.reviewers().stream()
                .map(r -> Eligibility.institutionKey(r.institution())).toArray(String[]::new);
        // Arcs of one application are kept sorted by institution, so that the flow can group them.
        List<int[]> reviewerLists = new ArrayList<>();
        List<Affinity[]> affinityLists = new ArrayList<>();
        int[] seenFor = new int[reviewers];
        Arrays.fill(seenFor, -1);
        int total = 0;
        for (int a = 0; a < applications; a++) {
            Submission application = problem.applications().get(a);
            String applicationKey = Eligibility.institutionKey(application.institution());
            List<Affinity> candidates = matrix.candidates(application.id());
            List<Integer> pins = pinsByApplication.getOrDefault(a, List.of());
            int[] rs = new int[candidates.size() + pins.size() + (widen ? reviewers : 0)];
            Affinity[] as = new Affinity[rs.length];
            int count = 0;
            for (Affinity affinity : candidates) {
                Integer r = reviewerIndex.get(affinity.reviewerId());
                if (r != null && seenFor[r] != a
                        && eligibility.eligible(application, applicationKey, problem.reviewers().get(r), reviewerKeys[r])) {
                    seenFor[r] = a;
                    rs[count] = r;
                    as[count++] = affinity;
                }
            }
            for (int r : pins) {
                if (seenFor[r] != a) {
                    seenFor[r] = a;
                    rs[count] = r;
                    as[count++] = Affinity.outsideCandidates(application.id(), problem.reviewers().get(r).id());
                }
            }
            for (int r = 0; widen && r < reviewers; r++) {
                Reviewer reviewer = problem.reviewers().get(r);
                if (seenFor[r] != a && eligibility.eligible(application, applicationKey, reviewer, reviewerKeys[r])) {
                    seenFor[r] = a;
                    rs[count] = r;
                    as[count++] = Affinity.outsideCandidates(application.id(), reviewer.id());
                }
            }
            long[] order = new long[count];
            for (int i = 0; i < count; i++) {
                order[i] = ((long) reviewerInstitution[rs[i]] << 32) | i;
            }
            Arrays.sort(order);
            int[] sortedReviewers = new int[count];
            Affinity[] sortedAffinities = new Affinity[count];
            for (int i = 0; i < count; i++) {
                int from = (int) order[i];
                sortedReviewers[i] = rs[from];
                sortedAffinities[i] = as[from];
            }
            reviewerLists.add(sortedReviewers);
            affinityLists.add(sortedAffinities);
            total += count;
        }
        arcStart = new int[applications + 1];
        arcReviewer = new int[total];
        arcWeight = new long[total];
        arcPinned = new boolean[total];
        arcAffinity = new Affinity[total];
        int e = 0;
        for (int a = 0; a < applications; a++) {
            arcStart[a] = e;
            List<Integer> pinned = pinsByApplication.getOrDefault(a, List.of());
            int[] rs = reviewerLists.get(a);
            Affinity[] as = affinityLists.get(a);
            for (int i = 0; i < rs.length; i++, e++) {
                arcReviewer[e] = rs[i];
                arcAffinity[e] = as[i];
                arcWeight[e] = Math.round(as[i].value() * SCALE);
                arcPinned[e] = !pinned.isEmpty() && pinned.contains(rs[i]);
            }
        }
        arcStart[applications] = e;
    }

    static IndexedProblem of(AssignmentProblem problem, AffinityMatrix matrix) {
        return new IndexedProblem(problem, matrix, false);
    }

    /** Every eligible pair is an arc; pairs outside the matrix count as no affinity. */
    static IndexedProblem widened(AssignmentProblem problem, AffinityMatrix matrix) {
        return new IndexedProblem(problem, matrix, true);
    }

    int arcs() {
        return arcReviewer.length;
    }

    int arcApplication(int arc) {
        int index = Arrays.binarySearch(arcStart, arc);
        if (index >= 0) {
            while (index < applications && arcStart[index + 1] == arc) {
                index++;
            }
            return index;
        }
        return -index - 2;
    }

    String applicationId(int a) {
        return problem.applications().get(a).id();
    }

    String reviewerId(int r) {
        return problem.reviewers().get(r).id();
    }

    /** What the pins already use up: the rest is left to the solver. */
    Pinned pinned() {
        return new Pinned(this);
    }

    static final class Pinned {
        final int[] perApplication;
        final int[] perReviewer;
        final boolean[] foreignPinned;
        final Map<Long, Integer> perApplicationInstitution = new HashMap<>();

        Pinned(IndexedProblem p) {
            perApplication = new int[p.applications];
            perReviewer = new int[p.reviewers];
            foreignPinned = new boolean[p.applications];
            for (int a = 0; a < p.applications; a++) {
                for (int e = p.arcStart[a]; e < p.arcStart[a + 1]; e++) {
                    if (p.arcPinned[e]) {
                        int r = p.arcReviewer[e];
                        perApplication[a]++;
                        perReviewer[r]++;
                        foreignPinned[a] |= p.foreign[r];
                        perApplicationInstitution.merge(key(a, p.reviewerInstitution[r]), 1, Integer::sum);
                    }
                }
            }
        }

        int inInstitution(int a, int institution) {
            return perApplicationInstitution.getOrDefault(key(a, institution), 0);
        }

        static long key(int a, int institution) {
            return ((long) a << 32) | (institution & 0xffffffffL);
        }
    }
}
