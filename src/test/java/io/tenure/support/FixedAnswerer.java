package io.tenure.support;

import io.tenure.knowledge.Answer;
import io.tenure.knowledge.Citation;
import io.tenure.knowledge.QuestionAnswerer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A knowledge base that gives every question the same cited answer, optionally after a delay. */
public final class FixedAnswerer implements QuestionAnswerer {
    public static final Citation CANCEL_ARTICLE = new Citation("cancel-subscription", "Cancel your subscription", "en",
            "Cancelling from the app", "Open Settings › Billing and choose Cancel plan.", 3.2,
            "https://help.example.com/cancel-subscription");
    public static final Citation REFUND_ARTICLE = new Citation("refunds", "Refunds", "en", "", "Refunds take 5 days.",
            1.1, null);

    private final String text;
    private final Duration delay;
    private final List<String> questions = new CopyOnWriteArrayList<>();

    public FixedAnswerer(String text, Duration delay) {
        this.text = text;
        this.delay = delay;
    }

    @Override
    public Answer answer(String question) {
        questions.add(question);
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Answer(text, "en", false, List.of(CANCEL_ARTICLE, REFUND_ARTICLE));
    }

    public List<String> questions() {
        return List.copyOf(questions);
    }
}
