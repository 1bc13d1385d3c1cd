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

    /** Blocks until delivered; call it on a worker thread, never on Slack's request thread. */
    void converse(Inbound inbound, ReplyTarget target) {
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
            log.error("no answer for {} after {}", inbound.caller().userId(), GIVE_UP);
            reply = Reply.failed("Sorry, this took too long and I stopped. Please try again in a moment.");
        } catch (ExecutionException e) {
            log.error("the assistant failed for {}", inbound.caller().userId(), e.getCause());
            reply = Reply.failed("Sorry, I could not complete that: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = Reply.failed("Sorry, I was stopped before I could answer. Please ask again.");
        }
        deliver(target, reply, working);
    }

    private static String showWorking(ReplyTarget target) {
        try {
            return target.showWorking();
        } catch (RuntimeException e) {
            log.warn("could not show the working message: {}", e.getMessage());
            return null;
        }
    }

    static void deliver(ReplyTarget target, Reply reply, String working) {
        try {
            target.deliver(reply, working);
        } catch (RuntimeException e) {
            log.error("could not deliver a reply to Slack", e);
            try {
                target.deliver(Reply.failed("I have an answer but could not post it here: " + e.getMessage()
                        + ". Please try again, or ask an admin to check the Slack app's permissions."), working);
            } catch (RuntimeException again) {
                log.error("could not explain the failure in Slack either: {}", again.getMessage());
            }
        }
    }

    void feedback(long questionId, Caller caller, boolean helpful) {
        assistant.feedback(questionId, caller, helpful);
    }
}
