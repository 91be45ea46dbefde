package io.grantflow.irp;

import io.grantflow.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a partner reaches from the email: no account, the token is the credential. Opening the link
 * shows what is signed; only the button (a POST) signs, so that mail scanners that follow links sign nothing.
 */
@Controller
class SigningController {

    private final AgreementService agreements;

    SigningController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/agreement/sign/{token}")
    ModelAndView show(@PathVariable String token) {
        return page(agreements.view(token), false, HttpStatus.OK);
    }

    @PostMapping("/agreement/sign/{token}")
    ModelAndView sign(@PathVariable String token) {
        return page(agreements.sign(token), true, HttpStatus.OK);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView unknown(NotFoundException e) {
        return refusal(e.getMessage(), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AgreementService.LinkUnusableException.class)
    ModelAndView gone(AgreementService.LinkUnusableException e) {
        return refusal(e.getMessage(), HttpStatus.GONE);
    }

    private static ModelAndView page(AgreementService.SigningView view, boolean signed, HttpStatus status) {
        ModelAndView page = new ModelAndView("agreement/sign", status);
        page.addObject("view", view);
        page.addObject("signed", signed);
        return page;
    }

    private static ModelAndView refusal(String message, HttpStatus status) {
        ModelAndView page = new ModelAndView("agreement/sign", status);
        page.addObject("refusal", message);
        return page;
    }
}
