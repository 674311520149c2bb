-- LSH band keys of original documents' MinHash signatures: near-duplicate
-- lookup without holding every signature in memory.
CREATE TABLE doc_bands (
    band        INTEGER NOT NULL,
    key         INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX doc_bands_key ON doc_bands(band, key);
