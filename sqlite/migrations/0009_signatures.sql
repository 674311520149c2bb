-- The MinHash signatures of original documents, in a narrow table of their
-- own: near-copy lookups read many signatures, and in the documents table
-- each sits behind the document's text, in overflow pages.
CREATE TABLE signatures (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    signature   BLOB NOT NULL
) WITHOUT ROWID;
INSERT INTO signatures(document_id, seq, signature)
    SELECT id, seq, signature FROM documents WHERE signature IS NOT NULL AND copy_of IS NULL;
UPDATE documents SET signature = NULL WHERE signature IS NOT NULL;
