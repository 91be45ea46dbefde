package io.grantflow.discussion;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.grantflow.programme.Criterion;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The reviews of a discussion as plain text, in the reader's language: for the consensus form in Tasklist. */
@Component
class ReviewsInWords {

    private final MessageSource messages;

    ReviewsInWords(MessageSource messages) {
        this.messages = messages;
    }

    String text(List<DiscussionService.Entry> entries, List<Criterion> criteria, Locale language) {
        if (entries.isEmpty()) {
            return messages.getMessage("discussion.none", null, language);
        }
        return entries.stream().map(e -> {
            String who = e.reviewerName() != null ? e.reviewerName()
                    : messages.getMessage("discussion.reviewer", new Object[] {e.number()}, language);
            String scores = criteria.stream()
                    .map(c -> messages.getMessage("discussion.score", new Object[] {c.name().in(language),
                            e.review().score(c.id()) == null ? "–" : String.valueOf(e.review().score(c.id()))}, language))
                    .collect(Collectors.joining(" · "));
            StringBuilder text = new StringBuilder(who).append('\n').append(scores).append('\n')
                    .append(messages.getMessage("discussion.forApplicant", null, language)).append(' ')
                    .append(e.review().commentForApplicant());
            if (e.review().confidentialComment() != null && !e.review().confidentialComment().isBlank()) {
                text.append('\n').append(messages.getMessage("discussion.forCommittee", null, language)).append(' ')
                        .append(e.review().confidentialComment());
            }
            return text.toString();
        }).collect(Collectors.joining("\n\n"));
    }
}
