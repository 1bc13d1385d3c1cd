-- Twin of PostgreSQL's V100, which drops the signal tables' foreign keys to account because the import
-- checks every row's account itself. SQLite's import already runs with foreign-key checks off, and
-- dropping a foreign key here would mean rebuilding each table: nothing changes.
SELECT 1;
