package io.grantflow.prize;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No answer in time: the link stops working and the candidate counts as not accepting. */
@Component("prizeExpireOfferDelegate")
class PrizeExpireOfferDelegate implements JavaDelegate {

    private final OfferService offers;

    PrizeExpireOfferDelegate(OfferService offers) {
        this.offers = offers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        offers.expire((String) execution.getVariable("offerId"));
    }
}
