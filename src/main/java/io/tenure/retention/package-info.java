/**
 * Closing the loop: after a question is answered, its intent (cancel, downgrade, refund,
 * billing-complaint) is recognised from the glossary or the model; when the asker is mapped to an
 * account, a cancel-intent signal is recorded on it, a save-offer draft is prepared and the owner is
 * alerted in the internal channel. The customer's answer is never changed or delayed.
 *
 * <p>Entry point: {@link io.tenure.retention.RetentionLoop}, the assistant's
 * {@link io.tenure.assistant.QuestionFollowUp}, built in {@code App}.
 */
package io.tenure.retention;
