/**
 * Tenure in Slack. The entry point is {@link io.tenure.chat.slack.SlackAdapter}: the Bolt app over
 * Socket Mode or {@code POST /slack/events}. {@code SlackListeners} holds every listener; replies are
 * rendered by {@code ReplyBlocks}, review cards by {@code DraftCard} and {@code DraftModals}. The adapter
 * translates only: the assistant and the outreach workflow decide.
 */
package io.tenure.chat.slack;
