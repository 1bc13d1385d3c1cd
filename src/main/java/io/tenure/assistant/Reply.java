package io.tenure.assistant;

import io.tenure.knowledge.Citation;
import java.util.List;

/**
 * What the assistant says back, independent of any platform. Adapters render it (Block Kit, embeds,
 * plain text) and decide nothing.
 *
 * @param text the message, in plain text with simple Markdown (bold, lists, quotes)
 * @param language ISO 639-1 code of the text
 * @param privateToCaller shown only to the caller (a refusal, for example): ephemeral where the platform can
 * @param questionId set when the reply answers a knowledge-base question, for Helpful / Not helpful feedback
 * @param draftId set when the reply shows an outreach draft that can be reviewed
 */
public record Reply(Kind kind, String text, String language, List<Citation> citations, boolean privateToCaller,
                    List<Attachment> attachments, Long questionId, String draftId) {

    public enum Kind {
        /** A knowledge-base answer with its citations. */
        ANSWER,
        /** The help center does not cover the question; a person will follow up. */
        ABSTAINED,
        /** Account data, risk, digests, summaries: staff only, never in customer-facing channels. */
        ACCOUNT_DATA,
        /** An outreach draft or a change to one. */
        DRAFT,
        /** The caller may not do this here; nothing was done. */
        REFUSED,
        HELP,
        /** Something failed; the text explains what. */
        FAILED
    }

    public Reply {
        citations = List.copyOf(citations);
        attachments = List.copyOf(attachments);
    }

    public static Reply text(Kind kind, String text) {
        return new Reply(kind, text, "en", List.of(), false, List.of(), null, null);
    }

    public static Reply refused(String why) {
        return new Reply(Kind.REFUSED, why, "en", List.of(), true, List.of(), null, null);
    }

    public static Reply failed(String why) {
        return new Reply(Kind.FAILED, why, "en", List.of(), false, List.of(), null, null);
    }

    public Reply withAttachments(List<Attachment> files) {
        return new Reply(kind, text, language, citations, privateToCaller, files, questionId, draftId);
    }

    public Reply withDraft(String id) {
        return new Reply(kind, text, language, citations, privateToCaller, attachments, questionId, id);
    }

    /** Whether the reply carries account data, drafts or anything else customers must not see. */
    public boolean isInternal() {
        return kind == Kind.ACCOUNT_DATA || kind == Kind.DRAFT;
    }
}
