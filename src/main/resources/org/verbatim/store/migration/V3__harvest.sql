-- Schema 3: pages fetched from the web by `verbatim crawl`, and what a page's transport said.
-- Portable SQL, as schemas 1 and 2: the same file runs on SQLite and on PostgreSQL.

-- The charset the transport declared for a source (an HTTP or WARC Content-Type), which the
-- parser tries before the page's own <meta> and its bytes; null when none was declared.
ALTER TABLE source ADD COLUMN charset TEXT;

-- When the page of this version was fetched from the web (by a crawl, or as a WARC record says);
-- null for a page read from a file.
ALTER TABLE publication_version ADD COLUMN fetched_at TEXT;

-- The frontier: every address a crawl has found, one row per normalised URL.
CREATE TABLE crawl_url (
  url             TEXT PRIMARY KEY,  -- absolute, normalised (lower-case scheme and host, no #fragment)
  site            TEXT NOT NULL,     -- the site profile that found it
  role            TEXT NOT NULL,     -- listing | document | sitemap
  state           TEXT NOT NULL,     -- queued | fetched | done | failed | skipped
  depth           INTEGER NOT NULL,  -- listing pages followed from a start page to reach it
  found_at        TEXT NOT NULL,
  found_on        TEXT,              -- the page that linked to it, null for a start page
  run             TEXT,              -- the crawl that queued or last fetched it
  etag            TEXT,              -- validators of the last full answer, for conditional GETs
  last_modified   TEXT,
  content_sha256  TEXT,              -- hex SHA-256 of the last full answer's body
  status          INTEGER,           -- HTTP status of the last fetch
  fetched_at      TEXT,              -- time of the last fetch
  lastmod         TEXT,              -- the date a sitemap gives for it, as printed
  publication_id  TEXT,              -- the publication it became, when a document
  published       TEXT,              -- that publication's date as printed, for `crawl --since`
  failures        INTEGER NOT NULL DEFAULT 0,  -- failed fetches in a row
  reason          TEXT               -- why it failed or was skipped
);

CREATE INDEX crawl_url_queue ON crawl_url (state, site, role);

-- One crawl: started with `verbatim crawl`, resumed until finished.
CREATE TABLE crawl_run (
  id          TEXT PRIMARY KEY,      -- 20261203T080000Z-1a2b3c
  sites       TEXT NOT NULL,         -- the site profiles crawled, comma-separated
  state       TEXT NOT NULL,         -- running | finished | stopped
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  summary     TEXT                   -- the last summary, as JSON
);

-- The fetch log: every request a crawl made, in order, with what came back. The body of a page
-- fetched but not yet ingested is kept here, compressed, until its ingest is stored: a crawl
-- killed in between ingests it when resumed instead of fetching it again.
CREATE TABLE crawl_fetch (
  run            TEXT NOT NULL REFERENCES crawl_run (id),
  seq            INTEGER NOT NULL,
  url            TEXT NOT NULL,
  site           TEXT NOT NULL,
  role           TEXT NOT NULL,
  fetched_at     TEXT NOT NULL,
  status         INTEGER,           -- null when no answer came (time-out, refused, too large)
  final_url      TEXT,              -- after redirects
  content_type   TEXT,
  charset        TEXT,
  etag           TEXT,
  last_modified  TEXT,
  content_sha256 TEXT,
  size           BIGINT,
  millis         INTEGER NOT NULL,  -- time from request to the end of the body
  outcome        TEXT NOT NULL,     -- fetched | not-modified | failed | skipped | new | changed | unchanged
  reason         TEXT,
  body           BYTEA,             -- gzip of a page still to be ingested, else null
  PRIMARY KEY (run, seq)
);

CREATE INDEX crawl_fetch_url ON crawl_fetch (url);
CREATE INDEX crawl_fetch_site ON crawl_fetch (site, fetched_at);
