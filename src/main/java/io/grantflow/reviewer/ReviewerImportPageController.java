package io.grantflow.reviewer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The managers' page that imports reviewers from a file, and its example file. */
@Controller
class ReviewerImportPageController {

    private final ReviewerImport imports;

    ReviewerImportPageController(ReviewerImport imports) {
        this.imports = imports;
    }

    @GetMapping("/portal/reviewers/import")
    String form(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/portal/reviewers/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, Locale locale, Authentication user,
                  HttpServletResponse response) throws IOException {
        try {
            imports.checkSize(file == null ? 0 : file.getSize(), locale);
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            return page(model, imports.importFile(file == null ? null : file.getOriginalFilename(), bytes, locale, user.getName()), null);
        } catch (PayloadTooLargeException e) {
            response.setStatus(413);
            return page(model, null, e.getMessage());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(model, null, e.problems().get(0).message());
        }
    }

    @GetMapping("/portal/reviewers/import/example.csv")
    ResponseEntity<byte[]> example() throws IOException {
        try (InputStream in = new ClassPathResource("reviewer/reviewers-example.csv").getInputStream()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reviewers-example.csv\"")
                    .body(in.readAllBytes());
        }
    }

    private static String page(Model model, ReviewerImport.Report report, String error) {
        model.addAttribute("report", report);
        model.addAttribute("error", error);
        model.addAttribute("columns", String.join(",", ReviewerImport.COLUMNS));
        return "portal/reviewers/import";
    }
}
