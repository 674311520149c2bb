-- The full-text indexes of documents, claims and events are filled once
-- per transaction (see indexSearch in sqlite/batch.go) instead of by a
-- trigger per row: a trigger makes every statement flush the index's
-- pending terms, which cost more than the rest of storing a document.
-- search_state says up to which row each index is filled.
CREATE TABLE search_state (
    name TEXT PRIMARY KEY,
    upto INTEGER NOT NULL
);
INSERT INTO search_state(name, upto) VALUES
    ('documents', (SELECT COALESCE(MAX(seq), 0) FROM documents)),
    ('claims', (SELECT COALESCE(MAX(rowid), 0) FROM claims)),
    ('events', (SELECT COALESCE(MAX(id), 0) FROM events));

DROP TRIGGER documents_fts_insert;
DROP TRIGGER claims_fts_insert;
DROP TRIGGER events_fts_insert;

-- An event already indexed is indexed again when a later report changes
-- what the index holds of it; one not yet indexed will be with its values
-- of the end of the transaction.
DROP TRIGGER events_fts_update;
CREATE TRIGGER events_fts_update AFTER UPDATE OF type, subtype, location, country, perpetrator ON events
WHEN old.id <= (SELECT upto FROM search_state WHERE name = 'events')
    AND (old.type IS NOT new.type OR old.subtype IS NOT new.subtype OR old.location IS NOT new.location
         OR old.country IS NOT new.country OR old.perpetrator IS NOT new.perpetrator)
BEGIN
    INSERT INTO events_fts(events_fts, rowid, type, subtype, location, country, perpetrator)
    VALUES ('delete', old.id, old.type, old.subtype, old.location, old.country, old.perpetrator);
    INSERT INTO events_fts(rowid, type, subtype, location, country, perpetrator)
    VALUES (new.id, new.type, new.subtype, new.location, new.country, new.perpetrator);
END;

-- An event not yet indexed that is deleted must not be taken out of it.
DROP TRIGGER events_fts_delete;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events
WHEN old.id <= (SELECT upto FROM search_state WHERE name = 'events')
BEGIN
    INSERT INTO events_fts(events_fts, rowid, type, subtype, location, country, perpetrator)
    VALUES ('delete', old.id, old.type, old.subtype, old.location, old.country, old.perpetrator);
END;
DROP TRIGGER documents_fts_delete;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents
WHEN old.seq <= (SELECT upto FROM search_state WHERE name = 'documents')
BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
DROP TRIGGER documents_fts_update;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents
WHEN old.seq <= (SELECT upto FROM search_state WHERE name = 'documents')
BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
