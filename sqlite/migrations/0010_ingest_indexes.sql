-- LSH band keys and signatures keyed by the document's seq (an integer)
-- instead of its text id: the band table becomes one narrow b-tree whose
-- entries answer a lookup without reading a row elsewhere (it was a table
-- of 90-byte rows read by rowid for every match, plus an index), and the
-- signatures are appended in seq order, three to a page (keyed by text id
-- in a WITHOUT ROWID table, each took a page and an overflow page of its
-- own, inserted at random). Rows of a deleted document go with it (the
-- trigger at the end).
CREATE TABLE doc_bands_seq (
    band INTEGER NOT NULL,
    key  INTEGER NOT NULL,
    seq  INTEGER NOT NULL,
    PRIMARY KEY (band, key, seq)
) WITHOUT ROWID;
INSERT INTO doc_bands_seq(band, key, seq)
    SELECT b.band, b.key, d.seq FROM doc_bands b JOIN documents d ON d.id = b.document_id ORDER BY 1, 2, 3;
DROP TABLE doc_bands;
ALTER TABLE doc_bands_seq RENAME TO doc_bands;

CREATE TABLE signatures_seq (
    seq         INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL,
    signature   BLOB NOT NULL
);
INSERT INTO signatures_seq(seq, document_id, signature)
    SELECT seq, document_id, signature FROM signatures ORDER BY seq;
DROP TABLE signatures;
ALTER TABLE signatures_seq RENAME TO signatures;

CREATE TRIGGER doc_bands_document_delete AFTER DELETE ON documents BEGIN
    DELETE FROM signatures WHERE seq = old.seq;
    DELETE FROM doc_bands WHERE seq = old.seq;
END;

-- Indexes that a longer one starting with the same columns serves as
-- well: each cost a random insert (or delete and insert) per row.
DROP INDEX IF EXISTS events_perpetrator;   -- events_perpetrator_date(perpetrator_id, date)
DROP INDEX IF EXISTS merges_into;          -- merges_into_name(into_id, from_name)

-- A document's entities are found by entity in the order they were
-- stored (doc_entities_entity: entity and rowid, so each insert goes to
-- the end of its entity's range) rather than by entity and document id,
-- a hash: that index took a random page of a growing b-tree for every
-- entity of every document. Its other use, joining two entities' rows
-- by document (mergeEntities), goes through doc_entities_doc_name.
DROP INDEX IF EXISTS doc_entities_entity_doc;
CREATE INDEX IF NOT EXISTS doc_entities_entity ON doc_entities(entity_id);
