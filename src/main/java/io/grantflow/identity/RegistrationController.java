package io.grantflow.identity;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistrationController {

    private final RegistrationService registration;

    RegistrationController(RegistrationService registration) {
        this.registration = registration;
    }

    @PostMapping("/api/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an applicant account (public)", description = "The user id (3 to 64 letters or digits) is stored "
            + "in lower case and, like the email address, must not be used by any account in any case (409 naming the field). "
            + "The password has 12 to 128 characters, is not a common one and contains neither the id nor the address; "
            + "ids, names and addresses hold no control or invisible formatting character (400 naming each field).")
    void register(@RequestBody RegistrationService.Registration request) {
        registration.register(request, Locale.ENGLISH);
    }
}
