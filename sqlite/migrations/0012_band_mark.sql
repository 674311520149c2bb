-- The band table (doc_bands) takes the LSH band keys of many documents at
-- once, sorted, instead of each document's as it comes (see bandTier in
-- sqlite/near.go). Its mark says up to which document it holds them: in a
-- store written before, every document's.
INSERT OR REPLACE INTO search_state(name, upto) VALUES
    ('bands', (SELECT COALESCE(MAX(seq), 0) FROM documents));
