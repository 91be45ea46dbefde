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
    @Operation(summary = "Create an applicant account (public)")
    void register(@RequestBody RegistrationService.Registration request) {
        registration.register(request, Locale.ENGLISH);
    }
}
