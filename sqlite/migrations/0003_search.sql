-- Full-text search (FTS5) over documents, entity names and aliases, claims
-- and events. Triggers keep the indexes in step with the base tables, so
-- the store's writes need not know about search; the statements at the end
-- fill the indexes for the rows stored before this migration.
--
-- Tokens: unicode61 with diacritics removed, so "Dornhal" finds "Dórnhal".

-- Documents: title and text, an external-content index read from the
-- documents table by seq (a stable integer key; rowid is not).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- Entity names: every name of a global entity, once. Aliases move between
-- entities when entities merge, and an entity takes a built-in actor's name
-- when it is recognized; the triggers follow both.
CREATE TABLE entity_names (
    id        INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL,
    name      TEXT NOT NULL,
    UNIQUE (entity_id, name)
);
CREATE VIRTUAL TABLE entity_names_fts USING fts5(
    name,
    content = 'entity_names', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER entity_names_fts_insert AFTER INSERT ON entity_names BEGIN
    INSERT INTO entity_names_fts(rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER entity_names_fts_delete AFTER DELETE ON entity_names BEGIN
    INSERT INTO entity_names_fts(entity_names_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER entity_names_from_entity AFTER INSERT ON entities BEGIN
    INSERT OR IGNORE INTO entity_names(entity_id, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER entity_names_from_rename AFTER UPDATE OF name ON entities BEGIN
    INSERT OR IGNORE INTO entity_names(entity_id, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER entity_names_entity_delete AFTER DELETE ON entities BEGIN
    DELETE FROM entity_names WHERE entity_id = old.id;
END;
CREATE TRIGGER entity_names_from_alias AFTER INSERT ON aliases BEGIN
    INSERT OR IGNORE INTO entity_names(entity_id, name) VALUES (new.entity_id, new.alias);
END;
CREATE TRIGGER entity_names_alias_moved AFTER UPDATE OF entity_id ON aliases BEGIN
    INSERT OR IGNORE INTO entity_names(entity_id, name) VALUES (new.entity_id, new.alias);
END;

-- Claims: predicate, value and cited source. Claims have no stable key of
-- their own; a claim is found again by its document, evidence start and
-- predicate.
CREATE VIRTUAL TABLE claims_fts USING fts5(
    predicate, value, source,
    document_id UNINDEXED, ev_start UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE INDEX claims_document ON claims(document_id, ev_start);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(predicate, value, source, document_id, ev_start)
    VALUES (replace(new.predicate, '_', ' '), new.value, new.source, new.document_id, new.ev_start);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claims_fts WHERE document_id = old.document_id AND ev_start = old.ev_start;
END;

-- Events: type, subtype, place and perpetrator as first reported.
CREATE VIRTUAL TABLE events_fts USING fts5(
    type, subtype, location, country, perpetrator,
    content = 'events', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, type, subtype, location, country, perpetrator)
    VALUES (new.id, new.type, new.subtype, new.location, new.country, new.perpetrator);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, type, subtype, location, country, perpetrator)
    VALUES ('delete', old.id, old.type, old.subtype, old.location, old.country, old.perpetrator);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, type, subtype, location, country, perpetrator)
    VALUES ('delete', old.id, old.type, old.subtype, old.location, old.country, old.perpetrator);
    INSERT INTO events_fts(rowid, type, subtype, location, country, perpetrator)
    VALUES (new.id, new.type, new.subtype, new.location, new.country, new.perpetrator);
END;

-- The rows stored before this migration.
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
INSERT OR IGNORE INTO entity_names(entity_id, name) SELECT id, name FROM entities;
INSERT OR IGNORE INTO entity_names(entity_id, name) SELECT DISTINCT entity_id, alias FROM aliases;
INSERT INTO claims_fts(predicate, value, source, document_id, ev_start)
    SELECT replace(predicate, '_', ' '), value, source, document_id, ev_start FROM claims;
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
