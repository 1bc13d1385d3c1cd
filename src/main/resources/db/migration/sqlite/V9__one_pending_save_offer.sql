-- At most one save-offer draft waiting (drafted, edited or approved) per account, enforced by the
-- database: two processes that both saw none pending cannot both add one. Duplicates left by that race
-- before this index are expired (the newest stays), each with an audit entry saying why.
INSERT INTO draft_audit (draft_id, at, actor, platform, from_status, to_status, note, recipient, subject, body,
                         message_id)
SELECT d.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'tenure', 'upgrade', d.status, 'expired',
       'a newer save-offer draft for this account was waiting', d.recipient, d.subject, d.body, d.message_id
FROM outreach_draft d
WHERE d.kind = 'save-offer' AND d.status IN ('drafted', 'edited', 'approved')
  AND EXISTS (SELECT 1 FROM outreach_draft n
              WHERE n.account_id = d.account_id AND n.kind = 'save-offer'
                AND n.status IN ('drafted', 'edited', 'approved')
                AND (n.created_at > d.created_at OR (n.created_at = d.created_at AND n.id > d.id)));

UPDATE outreach_draft SET status = 'expired', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE kind = 'save-offer' AND status IN ('drafted', 'edited', 'approved')
  AND EXISTS (SELECT 1 FROM outreach_draft n
              WHERE n.account_id = outreach_draft.account_id AND n.kind = 'save-offer'
                AND n.status IN ('drafted', 'edited', 'approved')
                AND (n.created_at > outreach_draft.created_at
                     OR (n.created_at = outreach_draft.created_at AND n.id > outreach_draft.id)));

CREATE UNIQUE INDEX outreach_draft_one_pending_save_offer ON outreach_draft (account_id)
    WHERE kind = 'save-offer' AND status IN ('drafted', 'edited', 'approved');
