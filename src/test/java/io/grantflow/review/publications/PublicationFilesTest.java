package io.grantflow.review.publications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.grantflow.names.Orcids;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class PublicationFilesTest {

    static byte[] sample(String name) {
        try (InputStream in = PublicationFilesTest.class.getResourceAsStream("/publications/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bibtexEntriesGiveTitlesYearsDoisAndAuthorsWithTheirAccents() {
        List<Work> works = PublicationFiles.read("reviewer.bib", sample("reviewer.bib"));

        assertThat(works).extracting(Work::title).containsExactly(
                "Solvent effects on proton transfer in DNA base pairs",
                "Fast QM/MM sampling with adaptive restraints",
                "Water networks & protein folding");
        assertThat(works).extracting(Work::year).containsExactly(2024, 2019, 2025);
        assertThat(works.get(0).doi()).isEqualTo("10.1063/5.0187654");
        assertThat(works.get(0).authors()).extracting(Work.Author::name)
                .containsExactly("Dubois, Marie-Thérèse", "Chen, Wei", "Müller, J.");
        assertThat(works.get(1).authors()).extracting(Work.Author::name).containsExactly("Dubois, Marie-Thérèse", "García, Lucía");
        assertThat(works.get(2).authors()).extracting(Work.Author::name).containsExactly("Dubois, M.-T.", "François, Pierre");
    }

    @Test
    void aBrokenBibtexEntryIsRefusedWithTheLineWhereItStartsAndTheEntriesBeforeAreNotKept() {
        assertThatThrownBy(() -> PublicationFiles.read("broken.bib", sample("broken.bib")))
                .isInstanceOf(PublicationFileException.class)
                .hasMessageStartingWith("line 7:")
                .hasMessageContaining("is not closed");
    }

    @Test
    void risRecordsGiveTitlesOnSeveralLinesYearsAndDois() {
        List<Work> works = PublicationFiles.read("export.ris", sample("reviewer.ris"));

        assertThat(works).extracting(Work::title).containsExactly("Soil carbon under rotational grazing", "Measuring nitrogen in the field");
        assertThat(works).extracting(Work::year).containsExactly(2025, 2018);
        assertThat(works.get(0).doi()).isEqualTo("10.1016/j.geoderma.2025.116001");
        assertThat(works.get(0).authors()).extracting(Work.Author::name).containsExactly("Okafor, Chidi", "Lefèvre, Anne");
    }

    @Test
    void aRisLineThatIsNoTagIsRefusedByNumber() {
        assertThatThrownBy(() -> PublicationFiles.read("broken.ris", sample("broken.ris")))
                .isInstanceOf(PublicationFileException.class)
                .hasMessageStartingWith("line 8:")
                .hasMessageContaining("this line is no tag");
    }

    @Test
    void openAlexWorksGiveAuthorsWithTheirOrcidIds() {
        List<Work> works = PublicationFiles.read("works.json", sample("openalex-works.json"));

        assertThat(works).extracting(Work::title).containsExactly("Coastal upwelling and anchovy recruitment", "Otolith growth in the Humboldt system");
        assertThat(works).extracting(Work::year).containsExactly(2024, 2016);
        assertThat(works.get(0).doi()).isEqualTo("10.1038/s41586-024-07000-1");
        assertThat(works.get(0).authors()).containsExactly(
                new Work.Author("Sofía Ramírez", "0000-0002-1825-0097"), new Work.Author("Tomás Herrera", null));
        assertThat(works.get(1).doi()).isNull();
    }

    @Test
    void orcidWorksJsonGivesOneWorkPerGroup() {
        List<Work> works = PublicationFiles.read("works.json", sample("orcid-works.json"));

        assertThat(works).extracting(Work::title).containsExactly(
                "Solvent effects on proton transfer in DNA base pairs", "Teaching quantum chemistry with notebooks");
        assertThat(works.get(0).year()).isEqualTo(2024);
        assertThat(works.get(0).doi()).isEqualTo("10.1063/5.0187654");
        assertThat(works.get(1).year()).isNull();
        assertThat(works.get(0).authors()).isEmpty();
    }

    @Test
    void orcidRecordXmlGivesTheWorkSummaries() {
        List<Work> works = PublicationFiles.read("record.xml", sample("orcid-works.xml"));

        assertThat(works).extracting(Work::title).containsExactly("Soil carbon under rotational grazing", "Pasture soils of the Sahel");
        assertThat(works).extracting(Work::year).containsExactly(2025, 2012);
        assertThat(works.get(0).doi()).isEqualTo("10.1016/j.geoderma.2025.116001");
    }

    @Test
    void aFullOrcidWorkXmlGivesItsContributors() {
        List<Work> works = PublicationFiles.read("work.xml", sample("orcid-work-full.xml"));

        assertThat(works).hasSize(1);
        assertThat(works.get(0).authors()).containsExactly(
                new Work.Author("Chidi Okafor", "0000-0001-5109-3700"), new Work.Author("Anne Lefèvre", null));
    }

    @Test
    void brokenJsonAndUnknownFormatsAndEmptyOrHugeFilesAreRefusedByName() {
        assertThatThrownBy(() -> PublicationFiles.read("w.json", "{\n \"group\": [\n  {\"work-summary\": [}\n]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PublicationFileException.class).hasMessageStartingWith("line 3:").hasMessageContaining("JSON is broken");
        assertThatThrownBy(() -> PublicationFiles.read("cv.docx", "PK\u0003\u0004 binary".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(PublicationFileException.class).hasMessageContaining("BibTeX (.bib), RIS (.ris)");
        assertThatThrownBy(() -> PublicationFiles.read("empty.bib", new byte[0]))
                .isInstanceOf(PublicationFileException.class).hasMessage("the file is empty");
        assertThatThrownBy(() -> PublicationFiles.read("huge.bib", new byte[PublicationFiles.MAX_BYTES + 1]))
                .isInstanceOf(PublicationFileException.class).hasMessageContaining("larger than 2 MB");
        assertThatThrownBy(() -> PublicationFiles.read("x.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PublicationFileException.class).hasMessageContaining("XML is broken");
    }

    /** Every problem a reader finds, said in French by the product's messages, with no English left in it. */
    @Test
    void whatIsWrongWithAFileIsSaidInFrenchToo() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        record Broken(String file, String content, String french) {
        }
        List<Broken> files = List.of(
                new Broken("a.ris", "TY  - JOUR\nTI  - Sans fin\n", "ligne 1\u00a0: l'enregistrement n'est pas fermé par 'ER  - '"),
                new Broken("a.ris", "TI  - Avant\n", "ligne 1\u00a0: 'TI' vient avant tout enregistrement 'TY  - '"),
                new Broken("a.bib", "@article{k,\n  title = {Ouvert\n}", "ligne 1\u00a0: l'entrée qui commence ici n'est pas fermée"),
                new Broken("a.bib", "@article{k,\n  title {x}\n}", "ligne 2\u00a0: le champ 'title' n'a pas de '='"),
                new Broken("a.json", "{\"x\": 1}", "le JSON n'est ni une liste de publications ORCID ni une liste OpenAlex"),
                new Broken("a.bib", "", "le fichier est vide"));
        for (Broken b : files) {
            PublicationFileException e = catchThrowableOfType(PublicationFileException.class,
                    () -> PublicationFiles.read(b.file(), b.content().getBytes(StandardCharsets.UTF_8)));
            assertThat(e).as("refused: " + b.content()).isNotNull();
            assertThat(messages.getMessage(e.detail(), Locale.FRENCH)).as(b.content()).startsWith(b.french());
            assertThat(messages.getMessage(e.detail(), Locale.ENGLISH)).isEqualTo(e.getMessage());
        }
    }

    @Test
    void orcidIdsAreCheckedByTheirLastCharacter() {
        assertThat(Orcids.normalise("https://orcid.org/0000-0002-1825-0097")).isEqualTo("0000-0002-1825-0097");
        assertThat(Orcids.normalise("0000-0002-1825-0098")).isNull();
        assertThat(Orcids.normalise("not an id")).isNull();
    }
}
