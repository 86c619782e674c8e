-- The store of record, schema 1.
-- Portable SQL only: the same file runs on SQLite and on PostgreSQL. Ids are assigned by the code
-- (no auto-increment, whose syntax differs); times are UTC instants as ISO text
-- (2019-02-24T08:00:00.000Z), which sorts in time order and reads the same on both databases.

-- Raw pages exactly as read, one row per distinct content.
CREATE TABLE source (
  sha256      TEXT PRIMARY KEY,   -- hex SHA-256 of the bytes as read
  format      TEXT NOT NULL,      -- text | html
  path        TEXT,               -- the file it was first read from
  url         TEXT,               -- the address it was first read from
  size        BIGINT NOT NULL,    -- bytes before compression
  compression TEXT NOT NULL,      -- gzip
  content     BYTEA NOT NULL,     -- the compressed bytes
  ingested_at TEXT NOT NULL
);

-- A publication: what stays the same across versions of a page.
CREATE TABLE publication (
  id             TEXT PRIMARY KEY,       -- public id: 16 hex digits of SHA-256(identity_key)
  identity_key   TEXT NOT NULL UNIQUE,   -- url:..., header:..., path:... or sha256:...
  latest_version INTEGER NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

-- Every parsed version of a publication, the JSON of org.verbatim.json.PublicationJson included.
CREATE TABLE publication_version (
  publication_id TEXT NOT NULL REFERENCES publication (id),
  number         INTEGER NOT NULL CHECK (number >= 1),
  source_sha256  TEXT NOT NULL REFERENCES source (sha256),
  content_sha256 TEXT NOT NULL,   -- SHA-256 of the JSON without its source: the parsed content
  title          TEXT,
  published      TEXT,
  language       TEXT,
  kind           TEXT NOT NULL,
  turns          INTEGER NOT NULL,
  text_chars     BIGINT NOT NULL,
  warnings       INTEGER NOT NULL,  -- the warnings themselves are in the JSON
  json           TEXT NOT NULL,
  ingested_at    TEXT NOT NULL,
  PRIMARY KEY (publication_id, number)
);

CREATE INDEX publication_version_source ON publication_version (source_sha256);
