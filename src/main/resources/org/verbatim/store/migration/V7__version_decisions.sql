-- Schema 7: language versions grouped or split by hand (verbatim versions link / unlink). A
-- publication with a row here has exactly the versions of its group (none when it is alone in
-- it), whatever the automatic grouping says; one without a row is grouped automatically, with
-- the publications that have no row either. Keyed by publication id, which reparse keeps.
CREATE TABLE version_decision (
  publication_id TEXT NOT NULL PRIMARY KEY REFERENCES publication (id),
  group_id       TEXT NOT NULL,      -- a random id the publications of one group share
  decided_at     TEXT NOT NULL       -- when the decision was made, as ingested_at
);

CREATE INDEX version_decision_group ON version_decision (group_id);
