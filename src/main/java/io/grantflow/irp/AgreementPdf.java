package io.grantflow.irp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out an agreement's text on A4 pages: "# " lines as headings, the other lines as wrapped paragraphs. The
 * standard Helvetica covers English and French; a character it cannot draw (a name in another script) shows as "?",
 * and the stored text keeps it whole.
 */
final class AgreementPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private PDPageContentStream page;
    private float y;

    private AgreementPdf() {
    }

    static byte[] render(String title, String text) {
        AgreementPdf pdf = new AgreementPdf();
        try (PDDocument doc = pdf.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            doc.setDocumentInformation(info);
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("# ")) {
                    pdf.paragraph(line.substring(2), BOLD, 13, 10);
                } else if (line.isBlank()) {
                    pdf.y -= 4;
                } else {
                    pdf.paragraph(line, REGULAR, 10.5f, 3);
                }
            }
            pdf.page.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paragraph(String text, PDType1Font font, float size, float spaceBefore) throws IOException {
        float leading = size * 1.35f;
        y -= spaceBefore;
        for (String line : wrap(drawable(text, font), font, size)) {
            if (page == null || y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(line);
            page.endText();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String drawable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = Character.toString(c);
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
