-- Schema 4: the bearer tokens of the write API (`verbatim token create|list|revoke`).
-- Portable SQL, as schemas 1 to 3: the same file runs on SQLite and on PostgreSQL.

-- One token per row. Only the SHA-256 of the secret is kept: the secret itself is shown once, by
-- `token create`, and cannot be read back. Revoking a token deletes its row.
CREATE TABLE api_token (
  name           TEXT PRIMARY KEY,      -- chosen by whoever creates it: ci-upload
  scope          TEXT NOT NULL,         -- ingest | admin
  secret_sha256  TEXT NOT NULL UNIQUE,  -- hex SHA-256 of the secret's UTF-8 bytes
  created_at     TEXT NOT NULL,
  last_used_at   TEXT                   -- null until the token is first used
);
