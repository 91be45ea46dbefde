package io.grantflow.prize;

import java.util.Locale;

import io.grantflow.call.Call;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page behind the laureate's once-only link, in the candidate's language: what is offered, and two buttons;
 * a decline is asked to be confirmed before it is recorded, as it cannot be undone. The JSON API stays for tools.
 */
@Controller
class OfferPageController {

    private final OfferService offers;
    private final LocaleResolver locales;

    OfferPageController(OfferService offers, LocaleResolver locales) {
        this.offers = offers;
        this.locales = locales;
    }

    @GetMapping("/prize/offers/{token}")
    ModelAndView show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        return page(inCandidatesLanguage(offers.view(token), request, response), null);
    }

    @PostMapping("/prize/offers/{token}")
    ModelAndView answer(@PathVariable String token, @RequestParam("accept") boolean accept,
                        @RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
                        HttpServletRequest request, HttpServletResponse response) {
        OfferService.OfferView view = inCandidatesLanguage(offers.view(token), request, response);
        if (!accept && !confirm) {
            if (view.answer() != null) {
                throw new ConflictException("token", "This link has already been used");
            }
            ModelAndView page = page(view, null);
            page.addObject("confirmDecline", true);
            return page;
        }
        offers.answer(token, accept);
        return page(view, accept);
    }

    /** The candidate's language unless the visitor chose one with {@code ?lang=}. */
    private OfferService.OfferView inCandidatesLanguage(OfferService.OfferView view, HttpServletRequest request, HttpServletResponse response) {
        if (request.getParameter("lang") == null) {
            locales.setLocale(request, response, "fr".equals(view.language()) ? Locale.FRENCH : Locale.ENGLISH);
        }
        return view;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView unknown(NotFoundException e) {
        return refusal(e.getMessage(), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView unusable(ConflictException e) {
        return refusal(e.getMessage(), HttpStatus.CONFLICT);
    }

    private static ModelAndView page(OfferService.OfferView view, Boolean accepted) {
        ModelAndView page = new ModelAndView("prize/offer", HttpStatus.OK);
        page.addObject("view", view);
        page.addObject("accepted", accepted);
        page.addObject("zone", Call.FUNDER_ZONE);
        return page;
    }

    private static ModelAndView refusal(String message, HttpStatus status) {
        ModelAndView page = new ModelAndView("prize/offer", status);
        page.addObject("refusal", message);
        return page;
    }
}
