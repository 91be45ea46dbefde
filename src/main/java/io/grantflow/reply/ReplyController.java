package io.grantflow.reply;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicant sends the reply from the application's page. A refused reply comes back on a page of its own with a
 * 400 or 409, the reason in plain words and the text kept in the form.
 */
@Controller
class ReplyController {

    private final ApplicationService applications;
    private final ReplyService replies;
    private final ReplyPagePart part;
    private final MessageSource messages;

    ReplyController(ApplicationService applications, ReplyService replies, ReplyPagePart part, MessageSource messages) {
        this.applications = applications;
        this.replies = replies;
        this.part = part;
        this.messages = messages;
    }

    @PostMapping("/portal/applications/{id}/reply")
    String send(@PathVariable String id, @RequestParam(name = "reply", required = false) String text, Authentication user,
                Model model, HttpServletResponse response) {
        Application application = applications.getFor(id, user.getName(), false);
        ReplyView view = part.view(application, user.getName(), false);
        try {
            if (!application.applicantId().equals(user.getName())) {
                throw new ConflictException("reply", "Only the applicant replies.");
            }
            replies.send(application, text);
            return "redirect:/portal/applications/" + id + "?replied#reply";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            String message = text == null || text.isBlank() ? word("reply.empty")
                    : word("reply.tooLong", text.strip().codePointCount(0, text.strip().length()), view.maxChars());
            return refused(model, application, view, text, message);
        } catch (ConflictException e) {
            response.setStatus(409);
            boolean sent = replies.replyOf(id).isPresent();
            return refused(model, application, view == null ? null : view, text, word(sent ? "reply.alreadySent" : "reply.notOpen"));
        }
    }

    private String refused(Model model, Application application, ReplyView view, String text, String message) {
        model.addAttribute("app", application);
        model.addAttribute("message", message);
        model.addAttribute("replyPart", java.util.Optional.ofNullable(view == null ? null : view.refused(text, message)));
        return "portal/reply-refused";
    }

    private String word(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
