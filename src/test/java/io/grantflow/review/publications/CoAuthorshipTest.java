package io.grantflow.review.publications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.grantflow.review.publications.CoAuthorship.Certainty;
import io.grantflow.review.publications.CoAuthorship.Person;

class CoAuthorshipTest {

    private static final int NOW = 2026;

    private static Work work(String title, int year, String doi, Work.Author... authors) {
        return new Work(title, year, doi, List.of(authors));
    }

    private static Work.Author author(String name) {
        return new Work.Author(name, null);
    }

    @Test
    void aRecentPaperNamingTheApplicantInAnotherOrderAndWithoutAccentsIsACertainConflict() {
        Person reviewer = new Person("Marie Dubois", null, List.of(
                work("Solvent effects", 2024, null, author("Dubois, Marie"), author("Chen, Wei"), author("Müller, Jürgen"))));
        Person applicant = new Person("Jurgen MULLER", null, List.of());

        CoAuthorship.Finding f = CoAuthorship.between(reviewer, applicant, 3, NOW);

        assertThat(f.certainty()).isEqualTo(Certainty.CERTAIN);
        assertThat(f.explanation()).isEqualTo("co-authored 'Solvent effects', 2024");
    }

    @Test
    void aPaperOlderThanTheWindowIsNoConflict() {
        Person reviewer = new Person("Marie Dubois", null, List.of(
                work("Old work", 2022, null, author("Dubois, Marie"), author("Müller, Jürgen"))));
        Person applicant = new Person("Jürgen Müller", null, List.of());

        assertThat(CoAuthorship.between(reviewer, applicant, 3, NOW)).isNull();
        assertThat(CoAuthorship.between(reviewer, applicant, 4, NOW)).isNotNull();
    }

    @Test
    void orcidIdsDecideWhereBothSidesHaveOne() {
        Work paper = work("Upwelling", 2025, null, new Work.Author("S. Ramírez", "0000-0002-1825-0097"), author("Tomás Herrera"));
        Person reviewer = new Person("Tomás Herrera", null, List.of(paper));

        assertThat(CoAuthorship.between(reviewer, new Person("Sofia Ramirez-Diaz", "0000-0002-1825-0097", List.of()), 3, NOW))
                .extracting(CoAuthorship.Finding::certainty, CoAuthorship.Finding::by).containsExactly(Certainty.CERTAIN, "ORCID iD");
        // another iD: another Sofía Ramírez, however her name is written
        assertThat(CoAuthorship.between(reviewer, new Person("S. Ramírez", "0000-0001-5109-3700", List.of()), 3, NOW)).isNull();
    }

    @Test
    void anInitialWithoutAnIdIsDoubtfulAndASharedSurnameAloneIsNothing() {
        Person reviewer = new Person("Marie Dubois", null, List.of(work("Proton transfer", 2025, null, author("Dubois, M."), author("Chen, W."))));

        assertThat(CoAuthorship.between(reviewer, new Person("Wei Chen", null, List.of()), 3, NOW))
                .extracting(CoAuthorship.Finding::certainty).isEqualTo(Certainty.DOUBTFUL);
        assertThat(CoAuthorship.between(reviewer, new Person("Li Chen", null, List.of()), 3, NOW)).isNull();
    }

    @Test
    void aDoiOnBothOwnListsIsACertainConflictEvenWhenNoAuthorIsNamed() {
        Person reviewer = new Person("Chidi Okafor", "0000-0001-5109-3700", List.of(work("Soil carbon under rotational grazing", 2025, "10.1016/J.GEODERMA.2025.116001")));
        Person applicant = new Person("Anne Lefèvre", null, List.of(work("Soil carbon under rotational grazing.", 2025, "https://doi.org/10.1016/j.geoderma.2025.116001")));

        assertThat(CoAuthorship.between(reviewer, applicant, 3, NOW))
                .extracting(CoAuthorship.Finding::certainty, CoAuthorship.Finding::by).containsExactly(Certainty.CERTAIN, "DOI");
    }

    @Test
    void theApplicantsOwnListNamingTheReviewerCountsToo() {
        Person reviewer = new Person("Chidi Okafor", null, List.of());
        Person applicant = new Person("Anne Lefèvre", null, List.of(work("Pasture soils", 2024, null, author("Lefèvre, A."), author("Okafor, Chidi"))));

        assertThat(CoAuthorship.between(reviewer, applicant, 3, NOW).explanation()).isEqualTo("co-authored 'Pasture soils', 2024");
    }
}
