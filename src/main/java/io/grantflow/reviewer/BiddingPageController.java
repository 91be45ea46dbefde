package io.grantflow.reviewer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.problem.ConflictException;
import io.grantflow.process.Shortened;
import io.grantflow.review.AssignmentPreferenceService;
import io.grantflow.review.AssignmentPreferenceService.BiddingItem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviewers' bids in the portal (the security chain lets only reviewers in): the calls that take the reviewer's
 * bids, and one call's applications with a choice each, saved together. Who may bid and until when is the
 * preference service's rule; its refusals are said on the page.
 */
@Controller
class BiddingPageController {

    static final String FIELD = "bid.";
    static final int ABSTRACT_SHOWN = 400;
    private static final Set<String> CHOICES = Set.of("-1", "0", "1");

    /** An application to bid on as the page shows it: the abstract shortened, the choice made so far. */
    record Row(String applicationId, String title, List<String> keywords, String abstractText, String choice) {

        static Row of(BiddingItem item, String choice) {
            return new Row(item.applicationId(), item.title(), item.keywords(),
                    item.abstractText() == null ? "" : Shortened.toFit(item.abstractText(), ABSTRACT_SHOWN), choice);
        }
    }

    private final AssignmentPreferenceService preferences;
    private final CallService calls;
    private final MessageSource messages;

    BiddingPageController(AssignmentPreferenceService preferences, CallService calls, MessageSource messages) {
        this.preferences = preferences;
        this.calls = calls;
        this.messages = messages;
    }

    @GetMapping("/portal/bidding")
    String calls(Model model, Authentication user) {
        model.addAttribute("calls", preferences.callsTakingBids(user.getName()));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/reviewers/bidding-calls";
    }

    @GetMapping("/portal/calls/{callId}/bidding")
    String bidding(@PathVariable String callId, Model model, Authentication user, HttpServletResponse response) {
        List<BiddingItem> items = preferences.bidding(callId, user.getName());
        List<Row> rows = items.stream().map(i -> Row.of(i, choice(i.bid()))).toList();
        return page(model, callId, rows, null);
    }

    @PostMapping("/portal/calls/{callId}/bidding")
    String bid(@PathVariable String callId, @RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
               Authentication user, RedirectAttributes redirect, HttpServletResponse response) {
        List<BiddingItem> items = preferences.bidding(callId, user.getName());
        if (!preferences.takesBids(callId)) {
            response.setStatus(409);
            return page(model, callId, List.of(), messages.getMessage("bidding.closed", null, locale));
        }
        Set<String> biddable = items.stream().map(BiddingItem::applicationId).collect(Collectors.toSet());
        Map<String, BigDecimal> bids = new LinkedHashMap<>();
        String error = null;
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (!field.getKey().startsWith(FIELD)) {
                continue;
            }
            String applicationId = field.getKey().substring(FIELD.length());
            String value = field.getValue().size() == 1 ? field.getValue().get(0) : null;
            if (!biddable.contains(applicationId)) {
                error = messages.getMessage("bidding.error.unknown", null, locale);
            } else if (value == null || !CHOICES.contains(value)) {
                error = messages.getMessage("bidding.error.choice", null, locale);
            } else {
                bids.put(applicationId, new BigDecimal(value));
            }
        }
        if (error == null && bids.isEmpty()) {
            error = messages.getMessage("bidding.error.none", null, locale);
        }
        if (error == null) {
            try {
                preferences.bidAll(callId, user.getName(), bids);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/portal/calls/" + callId + "/bidding";
            } catch (ConflictException e) {
                response.setStatus(409);
                error = messages.getMessage("bidding.closed", null, locale);
            }
        } else {
            response.setStatus(400);
        }
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((k, v) -> typed.put(k, v.isEmpty() ? null : v.get(0)));
        List<Row> rows = items.stream().map(i -> {
            String chosen = typed.get(FIELD + i.applicationId());
            return Row.of(i, chosen != null && CHOICES.contains(chosen) ? chosen : choice(i.bid()));
        }).toList();
        return page(model, callId, rows, error);
    }

    private String page(Model model, String callId, List<Row> rows, String error) {
        model.addAttribute("call", calls.get(callId));
        model.addAttribute("rows", rows);
        model.addAttribute("open", preferences.takesBids(callId));
        model.addAttribute("error", error);
        return "portal/reviewers/bidding";
    }

    /** A stored bid as the page's choice: rather not, no preference (also when none is stored), eager. */
    private static String choice(Double bid) {
        if (bid == null || bid == 0) {
            return "0";
        }
        return bid > 0 ? "1" : "-1";
    }
}
