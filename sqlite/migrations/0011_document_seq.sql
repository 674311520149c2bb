-- The rows of a document (its entities, aliases, mentions, relations,
-- claims and event reports) name it by its seq, an integer given in the
-- order documents are stored, instead of its id, a 64-character hash.
--
-- Each index led by the document (mentions_document, the primary keys of
-- doc_entities and event_reports, doc_entities_doc_name, claims_document)
-- took a 64-byte key inserted at a random place of a growing b-tree: one
-- page of each index written per document, and once the indexes outgrew
-- memory, one page read too. Keyed by seq, every insert goes to the
-- rightmost pages, and rows and indexes are some 30% smaller.
--
-- claims_fts points at its claim by rowid (it kept the document id and
-- offset of each claim, and was joined back on them).
--
-- Rowids are kept: dossiers and the search marks (search_state) use them.
-- Aliases and relations have no index by document, as before: documents
-- are not deleted but by hand, and a delete scans them.

CREATE TABLE doc_entities_seq (
    doc       INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    local_id  TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    name      TEXT NOT NULL,
    PRIMARY KEY (doc, local_id)
);
INSERT INTO doc_entities_seq(rowid, doc, local_id, entity_id, name)
    SELECT x.rowid, d.seq, x.local_id, x.entity_id, x.name FROM doc_entities x JOIN documents d ON d.id = x.document_id ORDER BY x.rowid;
DROP TABLE doc_entities;
ALTER TABLE doc_entities_seq RENAME TO doc_entities;
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
CREATE INDEX doc_entities_doc_name ON doc_entities(doc, name, entity_id);

CREATE TABLE aliases_seq (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    doc       INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    how       TEXT NOT NULL,
    ev_start  INTEGER NOT NULL,
    ev_end    INTEGER NOT NULL
);
INSERT INTO aliases_seq(rowid, entity_id, doc, alias, how, ev_start, ev_end)
    SELECT x.rowid, x.entity_id, d.seq, x.alias, x.how, x.ev_start, x.ev_end FROM aliases x JOIN documents d ON d.id = x.document_id ORDER BY x.rowid;
DROP TABLE aliases;
ALTER TABLE aliases_seq RENAME TO aliases;
CREATE INDEX aliases_entity ON aliases(entity_id);
CREATE TRIGGER entity_names_from_alias AFTER INSERT ON aliases BEGIN
    INSERT OR IGNORE INTO entity_names(entity_id, name) VALUES (new.entity_id, new.alias);
END;
CREATE TRIGGER entity_names_alias_moved AFTER UPDATE OF entity_id ON aliases BEGIN
    INSERT OR IGNORE INTO entity_names(entity_id, name) VALUES (new.entity_id, new.alias);
END;

CREATE TABLE mentions_seq (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    doc       INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    end_      INTEGER NOT NULL,
    text      TEXT NOT NULL,
    ref       INTEGER NOT NULL DEFAULT 0
);
INSERT INTO mentions_seq(rowid, entity_id, doc, start, end_, text, ref)
    SELECT x.rowid, x.entity_id, d.seq, x.start, x.end_, x.text, x.ref FROM mentions x JOIN documents d ON d.id = x.document_id ORDER BY x.rowid;
DROP TABLE mentions;
ALTER TABLE mentions_seq RENAME TO mentions;
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_doc ON mentions(doc);

CREATE TABLE relations_seq (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    predicate   TEXT NOT NULL,
    object_id   INTEGER REFERENCES entities(id),
    object_name TEXT NOT NULL,
    doc         INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    how         TEXT NOT NULL DEFAULT '',
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL
);
INSERT INTO relations_seq(rowid, entity_id, predicate, object_id, object_name, doc, how, ev_start, ev_end)
    SELECT x.rowid, x.entity_id, x.predicate, x.object_id, x.object_name, d.seq, x.how, x.ev_start, x.ev_end
    FROM relations x JOIN documents d ON d.id = x.document_id ORDER BY x.rowid;
DROP TABLE relations;
ALTER TABLE relations_seq RENAME TO relations;
CREATE INDEX relations_entity ON relations(entity_id);
CREATE INDEX relations_object ON relations(object_id);
CREATE INDEX relations_object_name ON relations(object_name) WHERE object_id IS NULL;
CREATE TRIGGER dossier_cache_relation AFTER INSERT ON relations
WHEN new.object_id IS NOT NULL BEGIN
    DELETE FROM dossier_cache WHERE entity_id = new.object_id;
END;
CREATE TRIGGER dossier_cache_relation_object AFTER UPDATE OF object_id ON relations BEGIN
    DELETE FROM dossier_cache WHERE entity_id IN (new.entity_id, new.object_id, old.object_id);
END;

CREATE TABLE claims_seq (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    doc       INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    predicate TEXT NOT NULL,
    value     TEXT,
    min       REAL,
    max       REAL,
    unit      TEXT,
    time      TEXT,
    source    TEXT,
    hedge     TEXT NOT NULL,
    ev_start  INTEGER NOT NULL,
    ev_end    INTEGER NOT NULL
);
INSERT INTO claims_seq(rowid, entity_id, doc, predicate, value, min, max, unit, time, source, hedge, ev_start, ev_end)
    SELECT x.rowid, x.entity_id, d.seq, x.predicate, x.value, x.min, x.max, x.unit, x.time, x.source, x.hedge, x.ev_start, x.ev_end
    FROM claims x JOIN documents d ON d.id = x.document_id ORDER BY x.rowid;
DROP TABLE claims;
ALTER TABLE claims_seq RENAME TO claims;
CREATE INDEX claims_entity ON claims(entity_id);
CREATE INDEX claims_doc ON claims(doc, ev_start);

DROP TABLE claims_fts;
CREATE VIRTUAL TABLE claims_fts USING fts5(
    predicate, value, source,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO claims_fts(rowid, predicate, value, source)
    SELECT rowid, replace(predicate, '_', ' '), value, source FROM claims
    WHERE rowid <= (SELECT upto FROM search_state WHERE name = 'claims') ORDER BY rowid;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claims_fts WHERE rowid = old.rowid;
END;

CREATE TABLE event_reports_seq (
    event_id       INTEGER NOT NULL REFERENCES events(id),
    doc            INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    local_id       TEXT NOT NULL,
    report         TEXT NOT NULL, -- the document's event, as JSON
    killed_min     REAL,
    killed_max     REAL,
    injured_min    REAL,
    injured_max    REAL,
    perpetrator_id INTEGER REFERENCES entities(id),
    PRIMARY KEY (doc, local_id)
);
INSERT INTO event_reports_seq(rowid, event_id, doc, local_id, report, killed_min, killed_max, injured_min, injured_max, perpetrator_id)
    SELECT x.rowid, x.event_id, d.seq, x.local_id, x.report, x.killed_min, x.killed_max, x.injured_min, x.injured_max, x.perpetrator_id
    FROM event_reports x JOIN documents d ON d.id = x.document_id ORDER BY x.rowid;
DROP TABLE event_reports;
ALTER TABLE event_reports_seq RENAME TO event_reports;
CREATE INDEX event_reports_event ON event_reports(event_id);
CREATE INDEX event_reports_perpetrator ON event_reports(perpetrator_id);
