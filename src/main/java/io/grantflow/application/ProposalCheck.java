package io.grantflow.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.PayloadTooLargeException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A proposal must really be a PDF: the signature, then a full parse by PDFBox, within the call's size limit. */
public final class ProposalCheck {

    static final String FIELD = "proposal";
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private ProposalCheck() {
    }

    static void check(ProposalFile file, long maxBytes) {
        checkPdf(FIELD, file, maxBytes);
    }

    /** Any uploaded PDF (a proposal, a report): present, within the size limit, and really a PDF. */
    public static void checkPdf(String field, ProposalFile file, long maxBytes) {
        if (file == null || file.content() == null || file.content().length == 0) {
            throw invalid(field, "pdfRequired", "a PDF file is required");
        }
        if (file.content().length > maxBytes) {
            throw new PayloadTooLargeException(FieldProblem.keyed(field, "pdfTooLarge",
                    "The file is larger than " + (maxBytes / (1024 * 1024)) + " MB", maxBytes / (1024 * 1024)));
        }
        byte[] head = Arrays.copyOf(file.content(), Math.min(1024, file.content().length));
        if (indexOf(head, PDF_SIGNATURE) < 0) {
            throw invalid(field, "notPdf", "is not a PDF file");
        }
        // PDFBox rebuilds a file cut short from the objects it finds; an upload cut short must be sent again instead.
        byte[] tail = Arrays.copyOfRange(file.content(), Math.max(0, file.content().length - 1024), file.content().length);
        if (indexOf(tail, PDF_END) < 0) {
            throw invalid(field, "pdfIncomplete", "is an incomplete PDF file (no %%EOF at its end)");
        }
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            if (pdf.getNumberOfPages() < 1) {
                throw invalid(field, "pdfNoPages", "is a PDF without pages");
            }
        } catch (IOException e) {
            throw invalid(field, "pdfUnreadable", "is not a readable PDF file");
        }
    }

    private static InvalidInputException invalid(String field, String name, String message) {
        return new InvalidInputException(List.of(FieldProblem.keyed(field, name, message)));
    }

    /** Keeps the last path segment and only characters that are safe in a download header. */
    public static String safeFileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").trim();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "proposal.pdf";
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
