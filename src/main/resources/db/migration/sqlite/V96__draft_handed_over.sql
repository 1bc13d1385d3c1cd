-- The claim under which a draft's message reached the point where the mail server may hold all of it
-- (SMTP: just before the final "." of DATA), written before that point. A claim whose sender stopped
-- without this mark never handed its message over, so the next run may send it (once); with the mark
-- the message may be out, and the draft becomes uncertain for a person to decide.
ALTER TABLE outreach_draft ADD COLUMN handed_over_claim TEXT;
