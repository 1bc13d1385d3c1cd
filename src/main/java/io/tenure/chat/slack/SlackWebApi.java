package io.tenure.chat.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import io.tenure.assistant.Attachment;
import java.io.IOException;
import java.util.List;

/**
 * The few Slack Web API calls Tenure makes, each failing with an exception that names the method and
 * Slack's error, so callers can explain a failure instead of losing it.
 */
final class SlackWebApi {
    private final MethodsClient methods;

    SlackWebApi(MethodsClient methods) {
        this.methods = methods;
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

    /** Uploads a file into a channel (and thread) with files.uploadV2's three steps. */
    void upload(String channel, String threadTs, Attachment attachment) {
        check("files.uploadV2", () -> methods.filesUploadV2(r -> r.channel(channel).threadTs(threadTs)
                .file(attachment.file().toFile()).filename(attachment.file().getFileName().toString())
                .title(attachment.title()).altTxt(attachment.title()).requestFileInfo(false)));
    }

    private interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    private static <T extends SlackApiTextResponse> T check(String method, Call<T> call) {
        T response;
        try {
            response = call.run();
        } catch (IOException | SlackApiException e) {
            throw new SlackCallFailed(method + " failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            throw new SlackCallFailed(method + " was refused by Slack: " + response.getError());
        }
        return response;
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
