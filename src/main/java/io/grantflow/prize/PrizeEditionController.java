package io.grantflow.prize;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/prize")
class PrizeEditionController {

    private final PrizeEditions editions;
    private final Announcements announcements;

    PrizeEditionController(PrizeEditions editions, Announcements announcements) {
        this.editions = editions;
        this.announcements = announcements;
    }

    @GetMapping("/editions/{callId}")
    @Operation(summary = "The settings of a prize edition (programme managers)")
    PrizeEdition get(@PathVariable String callId) {
        return editions.get(callId);
    }

    @PutMapping("/editions/{callId}")
    @Operation(summary = "Set the announcement instant (with an offset, or Paris time), the nominator groups, the home-country exclusion, the jury and its chair")
    PrizeEdition configure(@PathVariable String callId, @RequestBody PrizeEditions.Settings settings, Authentication user) {
        return editions.configure(callId, settings, user.getName());
    }

    @GetMapping("/laureates/{callId}")
    @Operation(summary = "The laureate of an edition, once announced (404 before the announcement)")
    Announcements.Laureate laureate(@PathVariable String callId) {
        return announcements.laureateOf(callId);
    }
}
