package io.tenure.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import io.tenure.assistant.Attachment;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few Slack Web API calls Tenure makes, each failing with an exception that names the method and
 * Slack's error, so callers can explain a failure instead of losing it. What Slack rate-limits (HTTP 429,
 * waiting as long as its {@code Retry-After} says) or fails for a moment (HTTP 5xx, no connection) is tried
 * again with backoff, a bounded number of times: these calls run on worker threads, never on the path
 * that acknowledges Slack's request within three seconds.
 */
final class SlackWebApi {
    private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);
    /** The first try and five more: six 429s in a row were seen in a burst, and all answers must arrive. */
    static final int MAX_ATTEMPTS = 6;
    /** The longest single wait, whatever Retry-After says: beyond it the answer is stale anyway. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    /** No call keeps a worker longer than this in total. */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(100);

    private final MethodsClient methods;
    private final RetryPolicy<Object> retries;

    SlackWebApi(MethodsClient methods) {
        this.methods = methods;
        this.retries = RetryPolicy.builder()
                .handleIf(SlackWebApi::transientFailure)
                .withMaxAttempts(MAX_ATTEMPTS)
                .withMaxDuration(GIVE_UP_AFTER)
                .withBackoff(Duration.ofMillis(250), Duration.ofSeconds(8))
                // No jitter: Failsafe would apply it to Retry-After too, and Slack must never be asked early.
                .withDelayFn(context -> retryAfter(context.getLastException()))
                .onRetryScheduled(e -> log.warn("Slack call failed ({}); attempt {} of {} in {} ms",
                        describe(e.getLastException()), e.getAttemptCount() + 1, MAX_ATTEMPTS, e.getDelay().toMillis()))
                .build();
    }

    /** Posts a message (in a thread when {@code threadTs} is set) and returns its ts. */
    String post(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        return check("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text(text).blocks(blocks.isEmpty() ? null : blocks).unfurlLinks(false))).getTs();
    }

    void update(String channel, String ts, String text, List<LayoutBlock> blocks) {
        check("chat.update", () -> methods.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)));
    }

    void postEphemeral(String channel, String user, String threadTs, String text) {
        check("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(channel).user(user)
                .threadTs(threadTs).text(text)));
    }

    void delete(String channel, String ts) {
        check("chat.delete", () -> methods.chatDelete(r -> r.channel(channel).ts(ts)));
    }

    void openView(String triggerId, View view) {
        check("views.open", () -> methods.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    /** {@code users.lookupByEmail} (scope {@code users:read.email}): the user id, empty when nobody has the address. */
    java.util.Optional<String> userIdByEmail(String email) {
        try {
            return java.util.Optional.of(check("users.lookupByEmail",
                    () -> methods.usersLookupByEmail(r -> r.email(email))).getUser().getId());
        } catch (SlackCallFailed e) {
            if (e.getMessage().endsWith(": users_not_found")) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    /** {@code users.info} (scopes {@code users:read}, {@code users:read.email}): the user's address, if Slack shows it. */
    java.util.Optional<String> emailOfUser(String userId) {
        try {
            var user = check("users.info", () -> methods.usersInfo(r -> r.user(userId))).getUser();
            return java.util.Optional.ofNullable(user == null || user.getProfile() == null ? null
                    : user.getProfile().getEmail()).filter(email -> !email.isBlank());
        } catch (SlackCallFailed e) {
            if (e.getMessage().endsWith(": user_not_found")) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    /** {@code conversations.open} (scope {@code im:write}): the id of the bot's direct-message channel with a user. */
    String openDirectMessage(String userId) {
        return check("conversations.open", () -> methods.conversationsOpen(r -> r.users(List.of(userId))))
                .getChannel().getId();
    }

    /** Shows a person their App Home (replacing what it showed). */
    void publishView(String userId, View view) {
        check("views.publish", () -> methods.viewsPublish(r -> r.userId(userId).view(view)));
    }

    /** Uploads a file into a channel (and thread) with files.uploadV2's three steps. */
    void upload(String channel, String threadTs, Attachment attachment) {
        check("files.uploadV2", () -> methods.filesUploadV2(r -> r.channel(channel).threadTs(threadTs)
                .file(attachment.file().toFile()).filename(attachment.file().getFileName().toString())
                .title(attachment.title()).altTxt(attachment.title()).requestFileInfo(false)));
    }

    private interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    private <T extends SlackApiTextResponse> T check(String method, Call<T> call) {
        T response;
        try {
            response = Failsafe.with(retries).get(call::run);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (transientFailure(cause)) {
                log.error("{}: Slack still failed after retrying ({}); giving up", method, describe(cause));
            }
            throw new SlackCallFailed(method + " failed: " + describe(cause), cause);
        }
        if (!response.isOk()) {
            throw new SlackCallFailed(method + " was refused by Slack: " + response.getError());
        }
        return response;
    }

    /** Rate limits, Slack's own errors and refused connections pass; anything else would fail again. */
    static boolean transientFailure(Throwable failure) {
        if (failure instanceof SlackApiException e && e.getResponse() != null) {
            int status = e.getResponse().code();
            return status == 429 || status >= 500;
        }
        // Nothing reached Slack, so trying again cannot post a message twice.
        return failure instanceof ConnectException;
    }

    /** Slack's Retry-After (seconds), capped; a negative duration lets the backoff decide. */
    static Duration retryAfter(Throwable failure) {
        if (failure instanceof SlackApiException e && e.getResponse() != null && e.getResponse().code() == 429) {
            String header = e.getResponse().header("Retry-After");
            if (header != null) {
                try {
                    Duration wait = Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
                    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
                } catch (NumberFormatException notSeconds) {
                    // An HTTP date or garbage: the backoff is a fine guess.
                }
            }
        }
        return Duration.ofMillis(-1);
    }

    private static String describe(Throwable failure) {
        if (failure instanceof SlackApiException e && e.getResponse() != null) {
            return "HTTP " + e.getResponse().code()
                    + (e.getError() != null && e.getError().getError() != null ? " " + e.getError().getError() : "");
        }
        return failure == null ? "unknown" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    /** A Slack Web API call that did not succeed; the message says which and why. */
    static final class SlackCallFailed extends RuntimeException {
        SlackCallFailed(String message) {
            super(message);
        }

        SlackCallFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
