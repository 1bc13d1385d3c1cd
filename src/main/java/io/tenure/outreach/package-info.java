/**
 * Outreach drafts and their review. Entry points: {@link io.tenure.outreach.OutreachDrafter} (write a
 * draft for an account) and {@link io.tenure.outreach.ApprovalWorkflow} (the {@link
 * io.tenure.outreach.DraftReview} chat adapters call: approve, reject, edit; the audit log; exactly-once
 * delivery through an {@link io.tenure.outreach.Outbox}).
 */
package io.tenure.outreach;
