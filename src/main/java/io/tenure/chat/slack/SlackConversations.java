package io.tenure.chat.slack;

import io.tenure.assistant.Assistant;
import io.tenure.assistant.Caller;
import io.tenure.assistant.Inbound;
import io.tenure.assistant.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one message through the assistant and delivers what it says, off Slack's request thread. Never
 * silent: a slow answer first shows that it is being worked on, and anything that fails ends in a
 * message saying what failed.
 */
final class SlackConversations {
    private static final Logger log = LoggerFactory.getLogger(SlackConversations.class);
    /** Beyond every bounded step (the LLM has its own timeout): something is stuck, so say so. */
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    private final Assistant assistant;
    private final ExecutorService answers;
    private final Duration workingNotice;

    SlackConversations(Assistant assistant, ExecutorService answers, Duration workingNotice) {
        this.assistant = assistant;
        this.answers = answers;
        this.workingNotice = workingNotice;
    }

    /**
     * Blocks until delivered; call it on a worker thread, never on Slack's request thread.
     *
     * @param eventId the Slack event being answered, or null (a slash command): named in the log when the
     *                answer cannot be delivered
     */
    void converse(Inbound inbound, ReplyTarget target, String eventId) {
        CompletableFuture<Reply> answer = CompletableFuture.supplyAsync(() -> assistant.handle(inbound), answers);
        String working = null;
        Reply reply;
        try {
            try {
                reply = answer.get(workingNotice.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException slow) {
                working = showWorking(target);
                reply = answer.get(GIVE_UP.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (TimeoutException e) {
            answer.cancel(true);
            reply = assistant.failed(e, "answering " + inbound.caller().userId() + " within " + GIVE_UP, inbound);
        } catch (ExecutionException e) {
            reply = assistant.failed(e.getCause(), "answering " + inbound.caller().userId(), inbound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = assistant.failed(e, "answering " + inbound.caller().userId() + " (stopped)", inbound);
        }
        deliver(target, reply, working, inbound, eventId);
    }

    private static String showWorking(ReplyTarget target) {
        try {
            return target.showWorking();
        } catch (RuntimeException e) {
            log.warn("could not show the working message: {}", e.getMessage());
            return null;
        }
    }

    /**
     * Delivers a reply (the Web API calls already retry what Slack rate-limits or fails for a moment). When
     * it still cannot be delivered, the log names the channel, event and question, and the asker gets an
     * apology with the same reference, never Slack's error.
     */
    void deliver(ReplyTarget target, Reply reply, String working, Inbound inbound, String eventId) {
        try {
            target.deliver(reply, working);
        } catch (RuntimeException e) {
            Reply apology = assistant.failed(e, "delivering the reply in Slack channel " + inbound.channelId()
                    + " (event " + eventId + ", question " + reply.questionId() + ")", inbound);
            try {
                target.deliver(apology, working);
            } catch (RuntimeException again) {
                log.error("gave up: nothing could be posted in Slack channel {} for event {} (question {}): {}",
                        inbound.channelId(), eventId, reply.questionId(), again.getMessage());
            }
        }
    }

    /** The apology for a failure outside the assistant (see {@link Assistant#failed}). */
    Reply failed(Throwable failure, String what, Inbound inbound) {
        return assistant.failed(failure, what, inbound);
    }

    void feedback(long questionId, Caller caller, boolean helpful) {
        assistant.feedback(questionId, caller, helpful);
    }
}
