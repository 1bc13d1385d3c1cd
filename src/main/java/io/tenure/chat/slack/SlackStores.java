package io.tenure.chat.slack;

import io.tenure.chat.AnsweredThreads;
import io.tenure.chat.EventClaims;
import io.tenure.chat.PostedCards;

/**
 * What the Slack adapter keeps across replicas: events taken up for an answer, threads answered in, and
 * where review cards were posted. The adapter closes {@code events} when it stops.
 */
public record SlackStores(EventClaims events, AnsweredThreads threads, PostedCards cards) {
}
