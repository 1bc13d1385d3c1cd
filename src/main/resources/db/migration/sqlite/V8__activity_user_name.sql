-- "user" is a reserved word in PostgreSQL (and in standard SQL): the column gets a name both databases
-- accept unquoted. A schema-only change in SQLite, instant on any size of table.
ALTER TABLE activity RENAME COLUMN user TO user_name;
