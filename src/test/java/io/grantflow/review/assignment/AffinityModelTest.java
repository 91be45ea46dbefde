package io.grantflow.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AffinityModelTest {

    private final Submission graphene = new Submission("A1", "Univ Lyon", "Graphene photonics for terahertz detectors",
            "We build terahertz detectors from graphene plasmonic structures and integrated photonic circuits.",
            List.of("graphene", "photonics", "terahertz"));

    private final List<Reviewer> reviewers = List.of(
            new Reviewer("R-bio", "Inst Pasteur", "FR", List.of("protein folding", "molecular biology"),
                    "Protein folding and structural biology of membrane proteins.", 4, 0),
            new Reviewer("R-graphene", "TU Delft", "NL", List.of("Graphene", "Photonics"),
                    "Graphene plasmonics and terahertz photonic devices; two-dimensional materials.", 4, 0),
            new Reviewer("R-history", "Sorbonne", "FR", List.of("medieval history"),
                    "Medieval manuscripts and the history of universities.", 4, 0),
            new Reviewer("R-ml", "ETH Zurich", "CH", List.of("machine learning"),
                    "Machine learning for detectors in particle physics.", 4, 0));

    private AffinityMatrix build(AssignmentProblem problem) {
        return new AffinityModel().build(problem);
    }

    @Test
    void ranksTheObviouslyMatchingReviewerFirstAndSaysWhy() {
        AffinityMatrix matrix = build(AssignmentProblem.builder(List.of(graphene), reviewers).build());

        List<Affinity> candidates = matrix.candidates("A1");
        Affinity best = candidates.get(0);
        assertThat(best.reviewerId()).isEqualTo("R-graphene");
        assertThat(best.value()).isBetween(0.0, 1.0).isGreaterThan(candidates.get(1).value());
        assertThat(best.keywords()).containsExactlyInAnyOrder("graphen", "photon");
        assertThat(best.explain()).contains("graphene (BM25", "terahertz (BM25", "keyword 'photon'");
        assertThat(candidates).extracting(Affinity::reviewerId).doesNotContain("R-history");
    }

    @Test
    void matchesFrenchTextAgainstAnEnglishAnalysisWithoutAccents() {
        Submission french = new Submission("A2", "", "Réseaux de neurones pour l'imagerie médicale",
                "Nous proposons des réseaux de neurones profonds pour l'imagerie médicale.",
                List.of("réseaux de neurones", "imagerie médicale"));
        List<Reviewer> two = List.of(
                new Reviewer("R-imaging", "", "FR", List.of("reseaux de neurones"),
                        "Imagerie medicale et reseaux de neurones.", 3, 0),
                new Reviewer("R-chemistry", "", "FR", List.of("chimie"), "Chimie organique et catalyse.", 3, 0));

        AffinityMatrix matrix = build(AssignmentProblem.builder(List.of(french), two).build());

        assertThat(matrix.candidates("A2")).extracting(Affinity::reviewerId).containsExactly("R-imaging");
        assertThat(matrix.candidates("A2").get(0).keywordPart()).isEqualTo(0.5);
    }

    @Test
    void leavesConflictedAndSameInstitutionReviewersOut() {
        List<Reviewer> withColleague = new java.util.ArrayList<>(reviewers);
        withColleague.add(new Reviewer("R-colleague", "univ lyon ", "FR", List.of("graphene"),
                "Graphene photonics terahertz.", 4, 0));
        AssignmentProblem problem = AssignmentProblem.builder(List.of(graphene), withColleague)
                .conflicts(Set.of(new Pair("A1", "R-graphene"))).build();

        assertThat(build(problem).candidates("A1")).extracting(Affinity::reviewerId)
                .doesNotContain("R-graphene", "R-colleague").contains("R-ml");
    }

    @Test
    void keepsTheTopNCandidatesAndEveryPinnedPair() {
        AssignmentProblem problem = AssignmentProblem.builder(List.of(graphene), reviewers).topN(1)
                .pins(Set.of(new Pair("A1", "R-history"))).build();

        List<Affinity> candidates = build(problem).candidates("A1");

        assertThat(candidates).extracting(Affinity::reviewerId).containsExactly("R-graphene", "R-history");
        assertThat(candidates.get(1).pinned()).isTrue();
        assertThat(candidates.get(1).explain()).contains("pinned by the programme manager");
    }

    @Test
    void aBidMovesAReviewerUpAndShowsInTheExplanation() {
        AssignmentProblem plain = AssignmentProblem.builder(List.of(graphene), reviewers).build();
        AssignmentProblem eager = AssignmentProblem.builder(List.of(graphene), reviewers)
                .bids(Map.of(new Pair("A1", "R-ml"), 1.0)).build();

        Affinity before = build(plain).get("A1", "R-ml").orElseThrow();
        Affinity after = build(eager).get("A1", "R-ml").orElseThrow();

        assertThat(after.value()).isCloseTo(before.value() + 0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after.explain()).contains("bid +1.00");
    }

    @Test
    void theAssignmentFromTextExplainsEachPairWithItsTerms() {
        Submission learning = new Submission("A3", "Univ Lyon", "Machine learning for particle detectors",
                "Deep learning to trigger particle physics detectors.", List.of("machine learning"));
        AssignmentProblem problem = AssignmentProblem.builder(List.of(graphene, learning), reviewers)
                .reviewersPerApplication(1).build();

        AssignmentResult.Assigned result = (AssignmentResult.Assigned) ReviewerAssignment.optimal()
                .assign(problem, ReviewerAssignment.affinities(problem));

        assertThat(result.reviewersOf("A1")).extracting(Affinity::reviewerId).containsExactly("R-graphene");
        assertThat(result.reviewersOf("A3")).extracting(Affinity::reviewerId).containsExactly("R-ml");
        assertThat(result.explain()).anySatisfy(line -> assertThat(line)
                .startsWith("A3 <- R-ml: ").contains("learning (BM25", "keyword 'machin learn'"));
        assertThat(result.provenOptimal()).isTrue();
    }
}
