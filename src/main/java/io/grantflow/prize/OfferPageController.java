package io.grantflow.prize;

import io.grantflow.call.Call;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The page behind the laureate's once-only link: what is offered, and two buttons. The JSON API stays for tools. */
@Controller
class OfferPageController {

    private final OfferService offers;

    OfferPageController(OfferService offers) {
        this.offers = offers;
    }

    @GetMapping("/prize/offers/{token}")
    ModelAndView show(@PathVariable String token) {
        return page(offers.view(token), null);
    }

    @PostMapping("/prize/offers/{token}")
    ModelAndView answer(@PathVariable String token, @RequestParam("accept") boolean accept) {
        OfferService.OfferView view = offers.view(token);
        offers.answer(token, accept);
        return page(view, accept);
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
