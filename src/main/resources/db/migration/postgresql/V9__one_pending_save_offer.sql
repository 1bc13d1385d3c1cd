-- At most one save-offer draft waiting (drafted, edited or approved) per account, enforced by the
-- database: two replicas that both saw none pending cannot both add one. (Twin of SQLite's V9; a
-- PostgreSQL database starts at V8, so there are no older duplicates to expire.)
CREATE UNIQUE INDEX outreach_draft_one_pending_save_offer ON outreach_draft (account_id)
    WHERE kind = 'save-offer' AND status IN ('drafted', 'edited', 'approved');
