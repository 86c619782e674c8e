-- Schema 6: the people each publication's latest version names, with the posts it gives them, as
-- entity recognition found them. Derived from the publications (reparse --all writes them again),
-- kept in the store so that a later page's surname alone finds a person met named in full on an
-- earlier one, and so that a person's page lists their posts over time.
CREATE TABLE person_post (
  publication_id TEXT NOT NULL REFERENCES publication (id),
  person_id      TEXT NOT NULL,      -- the entity id, person:sergey-ryabkov
  name           TEXT NOT NULL,      -- the canonical name recognition gave
  named_in_full  INTEGER NOT NULL,   -- 1 when the page gives a given name, not only a surname
  post_key       TEXT NOT NULL,      -- what tells posts apart: the words in lower case, Russian
                                     -- ones in their dictionary form; '' for the row that says
                                     -- the page names the person
  post           TEXT NOT NULL,      -- the post as printed; ''
  published      TEXT,               -- the page's printed date, YYYY-MM-DD; null when undated
  PRIMARY KEY (publication_id, person_id, post_key)
);

CREATE INDEX person_post_person ON person_post (person_id, post_key);
