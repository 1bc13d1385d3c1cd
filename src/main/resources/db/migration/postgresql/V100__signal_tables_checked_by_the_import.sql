-- The signal tables' foreign keys to account go (issue 11). The import is the only writer of these rows
-- and checks every row's account against the account table before writing it; accounts are never
-- deleted. A foreign key made PostgreSQL look up and lock (FOR KEY SHARE) the account row once per
-- imported row: about 10 µs each, most of a 10-million-row import. SQLite's import already runs with
-- foreign-key checks off for the same reason (its V100 changes nothing).
ALTER TABLE activity DROP CONSTRAINT IF EXISTS activity_account_key_fkey;
ALTER TABLE ticket DROP CONSTRAINT IF EXISTS ticket_account_key_fkey;
ALTER TABLE nps_response DROP CONSTRAINT IF EXISTS nps_response_account_key_fkey;
ALTER TABLE payment DROP CONSTRAINT IF EXISTS payment_account_key_fkey;
ALTER TABLE milestone DROP CONSTRAINT IF EXISTS milestone_account_key_fkey;
