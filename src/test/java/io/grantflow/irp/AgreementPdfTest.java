package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The agreement's layout: long texts run over pages, French is drawn as written, other scripts do not break it. */
class AgreementPdfTest {

    @Test
    void aLongTextInSeveralScriptsIsLaidOutOnSeveralPages() throws IOException {
        StringBuilder text = new StringBuilder("# Accord de projet « Réseau » — année 1 : 15 000,00 €\n");
        text.append("Institution partenaire : 東京大学 (JP), équipe dirigée par Ken Sato\n");
        for (int i = 1; i <= 60; i++) {
            text.append(i).append(". Le financeur verse le montant de chaque année à l'unité du coordinateur au début de cette année.\n\n");
        }
        byte[] pdf = AgreementPdf.render("Réseau", text.toString());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Réseau");
            String drawn = new PDFTextStripper().getText(doc);
            assertThat(drawn).contains("Accord de projet « Réseau » — année 1 : 15 000,00 €", "Institution partenaire : ???? (JP)",
                    "60. Le financeur verse");
        }
    }
}
