package io.grantflow.reviewer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.review.PublicationSources;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The managers' pages of the reviewer pool (the security chain refuses everyone else): the list, adding, editing. */
@Controller
class ReviewerPageController {

    /** A line of the error summary: the field's id on the page, its label and what is wrong. */
    record Problem(String id, String label, String message) {
    }

    private final ReviewerPool pool;
    private final MessageSource messages;
    private final PublicationSources sources;

    ReviewerPageController(ReviewerPool pool, MessageSource messages, PublicationSources sources) {
        this.pool = pool;
        this.messages = messages;
        this.sources = sources;
    }

    @GetMapping("/portal/reviewers")
    String list(Model model) {
        List<PoolEntry> reviewers = pool.list();
        model.addAttribute("reviewers", reviewers);
        model.addAttribute("withoutProfile", reviewers.stream().filter(r -> !r.hasProfile()).count());
        return "portal/reviewers/list";
    }

    @GetMapping("/portal/reviewers/new")
    String newReviewer(Model model, Locale locale) {
        return form(model, ReviewerForm.empty("fr".equals(locale.getLanguage()) ? "fr" : "en"), null, Map.of(), locale);
    }

    @PostMapping("/portal/reviewers/new")
    String add(@ModelAttribute ReviewerForm form, Model model, Locale locale, Authentication user,
               RedirectAttributes redirect, HttpServletResponse response) {
        try {
            String userId = pool.add(form.person(), form.draft(), locale, user.getName());
            redirect.addFlashAttribute("added", userId);
            return "redirect:/portal/reviewers";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(model, form, null, errors(e), locale);
        }
    }

    @GetMapping("/portal/reviewers/{userId}")
    String edit(@PathVariable String userId, Model model, Locale locale) {
        PoolEntry entry = pool.get(userId);
        return form(model, ReviewerForm.of(entry, pool.publications(entry.userId())), entry, Map.of(), locale);
    }

    @PostMapping("/portal/reviewers/{userId}")
    String save(@PathVariable String userId, @ModelAttribute ReviewerForm form, Model model, Locale locale,
                Authentication user, RedirectAttributes redirect, HttpServletResponse response) {
        PoolEntry entry = pool.get(userId);
        try {
            pool.update(entry.userId(), form.draft(), form.worksRead(), locale, user.getName());
            redirect.addFlashAttribute("saved", entry.userId());
            return "redirect:/portal/reviewers";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(model, form, entry, errors(e), locale);
        }
    }

    /**
     * Reads a publication file into the form's publication list, for the manager to check and save (the button sits
     * in the profile form, so what was typed comes back as typed): nothing is stored until the profile is saved, so a
     * broken file or a second upload leaves the profile as it was.
     */
    @PostMapping("/portal/reviewers/{userId}/publications")
    String readPublications(@PathVariable String userId, @ModelAttribute ReviewerForm form,
                            @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
                            HttpServletResponse response) throws java.io.IOException {
        PoolEntry entry = pool.get(userId);
        String current = form.publications();
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try {
            if (file != null && file.getSize() > PublicationSources.MAX_BYTES) {
                response.setStatus(413);
                model.addAttribute("fileError", messages.getMessage("reviewers.publications.file.error",
                        new Object[] {name, messages.getMessage("reviewers.publications.file.size", null, locale)}, locale));
                return form(model, form, entry, Map.of(), locale);
            }
            PublicationUpload upload = PublicationUpload.merge(current, sources.file(name, file == null ? null : file.getBytes()));
            model.addAttribute("fileRead", messages.getMessage("reviewers.publications.file.read",
                    new Object[] {name, upload.added(), upload.withoutYear()}, locale));
            return form(model, form.withPublications(upload.lines()).withWorksRead(upload.read()), entry, Map.of(), locale);
        } catch (PublicationSources.Unreadable e) {
            response.setStatus(400);
            model.addAttribute("fileError", messages.getMessage("reviewers.publications.file.error", new Object[] {name, e.detail()}, locale));
            return form(model, form.withPublications(current), entry, Map.of(), locale);
        }
    }

    /** Reads the works of an ORCID iD from the ORCID public API into the form's list, as a file would be. */
    @PostMapping("/portal/reviewers/{userId}/publications/orcid")
    String readOrcid(@PathVariable String userId, @ModelAttribute ReviewerForm form, @RequestParam(required = false) String orcidId,
                     Model model, Locale locale, HttpServletResponse response) {
        PoolEntry entry = pool.get(userId);
        String id = orcidId == null ? "" : orcidId.strip();
        model.addAttribute("orcidId", id);
        try {
            PublicationUpload upload = PublicationUpload.merge(form.publications(), sources.orcid(id));
            model.addAttribute("fileRead", messages.getMessage("reviewers.publications.file.read",
                    new Object[] {"ORCID " + id, upload.added(), upload.withoutYear()}, locale));
            return form(model, form.withPublications(upload.lines()).withWorksRead(upload.read()), entry, Map.of(), locale);
        } catch (PublicationSources.Unreadable e) {
            // a wrong or unknown iD is the user's to mend; an ORCID that does not answer is not
            response.setStatus(e.unreachable() ? 502 : 400);
            model.addAttribute("fileError", messages.getMessage("reviewers.publications.orcid.error", new Object[] {e.getMessage()}, locale));
            return form(model, form, entry, Map.of(), locale);
        }
    }

    @PostMapping("/portal/reviewers/{userId}/password-link")
    String sendPasswordLink(@PathVariable String userId, RedirectAttributes redirect) {
        pool.sendWelcome(userId);
        redirect.addFlashAttribute("linkSent", userId);
        return "redirect:/portal/reviewers/" + userId;
    }

    private String form(Model model, ReviewerForm form, PoolEntry entry, Map<String, String> errors, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("entry", entry);
        model.addAttribute("errors", errors);
        model.addAttribute("problems", summary(errors, locale));
        model.addAttribute("maxLoad", ProfileRules.MAX_LOAD);
        return "portal/reviewers/form";
    }

    /** The first problem of each field, in the order of the form. */
    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            byField.merge(p.field(), p.message(), (a, b) -> a + " " + b);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ReviewerForm.FIELDS.stream().filter(byField::containsKey).forEach(f -> ordered.put(f, byField.get(f)));
        byField.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private List<Problem> summary(Map<String, String> errors, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        errors.forEach((field, message) -> problems.add(new Problem(field,
                messages.getMessage("reviewers.field." + field, null, field, locale), message)));
        return problems;
    }
}
