package io.grantflow.reviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.grantflow.identity.Groups;
import io.grantflow.review.Publication;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A programme manager reads a reviewer's BibTeX file into the profile's publication list, checks it and saves it;
 * a broken file is refused by its line and changes nothing.
 */
class PublicationFileBrowserTest extends BrowserTest {

    static final Path SHOTS = Path.of("/tmp/shots/publications");

    @Autowired ReviewerService reviewers;

    @Test
    void aManagerReadsABibtexFileIntoAProfileThenSavesIt() throws Exception {
        String manager = manager();
        String reviewer = user("reviewer", "en", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(reviewer, "Université de Lyon", "FR", List.of("proton transfer"), null, 4));
        reviewers.savePublications(reviewer, List.of(new Publication(2019, "Fast QM/MM sampling with adaptive restraints")));
        Path bib = copy("reviewer.bib");
        Path broken = copy("broken.bib");

        ReviewerPoolBrowserTest.logInAndOpen(browser, port, manager, "nav-reviewers");
        browser.get(url("/portal/reviewers/" + reviewer));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("reviewer-form")));
        browser.findElement(By.id("maxLoad")).clear();
        browser.findElement(By.id("maxLoad")).sendKeys("6");
        browser.findElement(By.id("publication-file")).sendKeys(bib.toString());
        browser.findElement(By.id("read-publications")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("publication-file-read")));

        assertThat(browser.findElement(By.id("publication-file-read")).getText())
                .startsWith("reviewer").contains("2 publications added to the list, 0 left out");
        assertThat(browser.findElement(By.id("publications")).getAttribute("value")).isEqualTo("""
                2019, Fast QM/MM sampling with adaptive restraints
                2024, Solvent effects on proton transfer in DNA base pairs
                2025, Water networks & protein folding""");
        assertThat(browser.findElement(By.id("maxLoad")).getAttribute("value")).as("what was typed comes back").isEqualTo("6");
        assertThat(reviewers.publications(reviewer)).as("nothing stored before saving").hasSize(1);
        shoot("read-1366.png");
        browser.manage().window().setSize(new Dimension(390, 2400));
        shoot("read-390.png");
        ReviewerPoolBrowserTest.assertNoSidewaysScroll(browser);
        browser.manage().window().setSize(new Dimension(1366, 1000));

        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(reviewers.publications(reviewer)).extracting(Publication::year).containsExactly(2019, 2024, 2025);
        Publication solvent = reviewers.publications(reviewer).get(1);
        assertThat(solvent.doi()).as("the file's DOI and authors are kept with the line").isEqualTo("10.1063/5.0187654");
        assertThat(solvent.authors()).extracting(Publication.Author::name).contains("Chen, Wei");
        assertThat(reviewers.publications(reviewer).get(0).authors()).as("the line typed before is a work of the file too")
                .extracting(Publication.Author::name).containsExactly("Dubois, Marie-Thérèse", "García, Lucía");
        assertThat(reviewers.find(reviewer).orElseThrow().maxLoad()).isEqualTo(6);

        browser.get(url("/portal/reviewers/" + reviewer));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("reviewer-form")));
        browser.findElement(By.id("publication-file")).sendKeys(broken.toString());
        browser.findElement(By.id("read-publications")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("publication-file-error")));
        assertThat(browser.findElement(By.id("publication-file-error")).getText())
                .contains("cannot be read, nothing was changed: line 7:", "not closed");
        assertThat(reviewers.publications(reviewer)).hasSize(3);
        shoot("broken-1366.png");
        browser.manage().window().setSize(new Dimension(390, 2400));
        shoot("broken-390.png");
        ReviewerPoolBrowserTest.assertNoSidewaysScroll(browser);
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void aFrenchManagerReadsTheSameFileInFrench() throws Exception {
        String manager = user("manager", "fr", Groups.MANAGERS);
        String reviewer = user("reviewer", "fr", Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(reviewer, "Université de Lyon", "FR", List.of("proton transfer"), null, 4));
        ReviewerPoolBrowserTest.logInAndOpen(browser, port, manager, "nav-reviewers");
        browser.get(url("/portal/reviewers/" + reviewer));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("reviewer-form")));
        browser.findElement(By.id("publication-file")).sendKeys(copy("reviewer.ris").toString());
        browser.findElement(By.id("read-publications")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("publication-file-read")));
        assertThat(browser.findElement(By.id("publication-file-read")).getText()).contains("2 publications ajoutées à la liste");
        assertThat(browser.findElement(By.id("publications")).getAttribute("value"))
                .isEqualTo("2025, Soil carbon under rotational grazing\n2018, Measuring nitrogen in the field");
        shoot("read-fr-1366.png");

        browser.findElement(By.id("orcid-id")).sendKeys("0000-0002-1825-0098");
        browser.findElement(By.id("read-orcid")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("publication-file-error")));
        assertThat(browser.findElement(By.id("publication-file-error")).getText())
                .startsWith("Rien n’a changé").contains("0000-0002-1825-0098", "is not an ORCID iD");
        assertThat(browser.findElement(By.id("publications")).getAttribute("value")).as("the list read so far stays")
                .startsWith("2025, Soil carbon under rotational grazing");
        browser.findElement(By.id("orcid-id")).clear();
        browser.findElement(By.id("orcid-id")).sendKeys("https://orcid.org/0000-0002-1825-0097");
        browser.findElement(By.id("read-orcid")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("publication-file-error"), "ORCID cannot be reached"));
        assertThat(browser.findElement(By.id("orcid-id")).getAttribute("value")).isEqualTo("https://orcid.org/0000-0002-1825-0097");
        browser.manage().window().setSize(new Dimension(390, 2400));
        shoot("read-fr-390.png");
        ReviewerPoolBrowserTest.assertNoSidewaysScroll(browser);
    }

    private static Path copy(String sample) throws Exception {
        Path dir = Files.createTempDirectory("publications");
        Path file = dir.resolve(sample);
        Files.writeString(file, new String(io.grantflow.review.publications.PublicationFilesTestSamples.bytes(sample), StandardCharsets.UTF_8));
        return file;
    }

    private void shoot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
