-- Schema 5: a publication page finds its language versions (same kind, same printed date and
-- time, another language) in the store, on every view; this index makes that a lookup.
CREATE INDEX publication_version_kind_published ON publication_version (kind, published);
