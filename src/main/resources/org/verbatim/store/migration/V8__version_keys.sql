-- Schema 8: what ties each publication's latest version to its language versions, worked out when
-- it is stored so that a publication page compares rows instead of reading every candidate.
-- Derived from the publications and the site profiles (reparse --all writes them again); a
-- publication without a row (stored before schema 8) is worked out from its JSON when viewed.
CREATE TABLE version_key (
  publication_id TEXT NOT NULL PRIMARY KEY REFERENCES publication (id),
  document_site  TEXT,               -- the site's own document id, by a site profile: kremlin.ru
  document_id    TEXT,               -- 12345; both null when no profile knows the page's URL
  speaker_id     TEXT,               -- the entity id of the title's first participant, or null
  outline        TEXT NOT NULL,      -- the turns as the aligner compares them, a line a turn
  numbers        TEXT NOT NULL,      -- the numbers written in digits in the turns, space-separated
  entities       TEXT NOT NULL       -- the entity ids the publication names, space-separated
);

CREATE INDEX version_key_document ON version_key (document_site, document_id);
