-- Schema 2: which parser read each stored parse, and which parses read an earlier version's
-- source again (`verbatim reparse`, or an ingest of bytes that an older parser had read).
-- Portable SQL, as schema 1: the same file runs on SQLite and on PostgreSQL.

-- The version of the reading rules (org.verbatim.parse.Parser.VERSION) that made this parse.
-- Every parse stored before schema 2 was made by version 1.
ALTER TABLE publication_version ADD COLUMN parser_version INTEGER NOT NULL DEFAULT 1;

-- The newest parser version that has read this version's source and found this same content:
-- parser_version, or higher once a newer parser read the source again and changed nothing (then
-- no version is added). A publication whose latest version has read_by below the current
-- parser's version is read again by `reparse`, and by `ingest` when its bytes come again.
ALTER TABLE publication_version ADD COLUMN read_by INTEGER NOT NULL DEFAULT 1;

-- For a re-read, the number of the version of the same publication whose source (the same
-- source_sha256) it read again; null for a version made from a page as it was ingested.
ALTER TABLE publication_version ADD COLUMN reread_of INTEGER;
