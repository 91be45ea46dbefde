package io.grantflow.prize;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the chosen candidate a once-only link; the process waits for the answer until the offer expires. */
@Component("prizeAskCandidateDelegate")
class PrizeAskCandidateDelegate implements JavaDelegate {

    private final OfferService offers;

    PrizeAskCandidateDelegate(OfferService offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OfferService.Offer offer = offers.offer((String) execution.getVariable("callId"),
                (String) execution.getVariable("offerCandidateId"), (Integer) execution.getVariable("acceptanceDays"));
        execution.setVariable("offerId", offer.id());
        execution.setVariable("offerExpiresAt", offer.expiresAt().toString());
        execution.setVariable("accepted", false);
    }
}
