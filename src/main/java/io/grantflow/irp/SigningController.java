package io.grantflow.irp;

import io.grantflow.problem.NotFoundException;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
        return page(token, agreements.view(token), false);
    }

    /** The agreement to read before signing, in English or (lang=fr) French. */
    @GetMapping("/agreement/sign/{token}/agreement.pdf")
    ResponseEntity<byte[]> document(@PathVariable String token, @RequestParam(defaultValue = "en") String lang) {
        return PdfResponse.pdf(agreements.documentForSigning(token, Locale.forLanguageTag(lang)), "agreement.pdf");
    }

    @PostMapping("/agreement/sign/{token}")
    ModelAndView sign(@PathVariable String token) {
        return page(token, agreements.sign(token), true);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView unknown(NotFoundException e) {
        return refusal(e.getMessage(), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AgreementService.LinkUnusableException.class)
    ModelAndView gone(AgreementService.LinkUnusableException e) {
        return refusal(e.getMessage(), HttpStatus.GONE);
    }

    private static ModelAndView page(String token, AgreementService.SigningView view, boolean signed) {
        ModelAndView page = new ModelAndView("agreement/sign", HttpStatus.OK);
        page.addObject("token", token);
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
