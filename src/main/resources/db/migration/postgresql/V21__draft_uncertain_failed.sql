-- Two more draft states: 'uncertain' (an SMTP delivery cut off after the message was handed over, or its
-- sender died: it may have been sent, so it waits for a person) and 'failed' (a delivery that can never
-- work as it is, or kept failing: only a person retries it).
ALTER TABLE outreach_draft DROP CONSTRAINT outreach_draft_status_check;
ALTER TABLE outreach_draft ADD CONSTRAINT outreach_draft_status_check CHECK (status IN
    ('drafted', 'edited', 'approved', 'sending', 'sent', 'rejected', 'expired', 'uncertain', 'failed'));
