-- Documents: one row per cleaned text; id is the SHA-256 of the text.
CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    seq             INTEGER NOT NULL,
    path            TEXT NOT NULL,
    url             TEXT,
    title           TEXT,
    published       TEXT,
    source          TEXT,
    dateline        TEXT,
    language        TEXT NOT NULL DEFAULT '',
    format          TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL,
    words           INTEGER NOT NULL DEFAULT 0,
    copy_of         TEXT REFERENCES documents(id),
    copy_similarity REAL,
    signature       BLOB,
    extraction      TEXT NOT NULL,
    ingested_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_seq ON documents(seq);

-- Global entities, resolved across documents.
CREATE TABLE entities (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    type    TEXT NOT NULL,
    actor   TEXT NOT NULL DEFAULT '',
    country TEXT,
    lat     REAL,
    lon     REAL,
    admin1  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entities_type ON entities(type);

-- Name keys by which entities are found and joined.
CREATE TABLE entity_keys (
    key       TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
);
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

-- A document's entity and the global entity it resolved to.
CREATE TABLE doc_entities (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    name        TEXT NOT NULL,
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);

-- Names used for an entity, with the evidence for each.
CREATE TABLE aliases (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    how         TEXT NOT NULL,
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL
);
CREATE INDEX aliases_entity ON aliases(entity_id);

-- Every mention of an entity.
CREATE TABLE mentions (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end_        INTEGER NOT NULL,
    text        TEXT NOT NULL,
    ref         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_document ON mentions(document_id);

-- Links between entities (parent, affiliated_with, rival_of, operates_in, ...).
CREATE TABLE relations (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    predicate   TEXT NOT NULL,
    object_id   INTEGER REFERENCES entities(id),
    object_name TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    how         TEXT NOT NULL DEFAULT '',
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL
);
CREATE INDEX relations_entity ON relations(entity_id);

-- Attributed claims about entities.
CREATE TABLE claims (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    predicate   TEXT NOT NULL,
    value       TEXT,
    min         REAL,
    max         REAL,
    unit        TEXT,
    time        TEXT,
    source      TEXT,
    hedge       TEXT NOT NULL,
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL
);
CREATE INDEX claims_entity ON claims(entity_id);

-- Why entities were joined.
CREATE TABLE merges (
    into_id     INTEGER NOT NULL REFERENCES entities(id),
    from_name   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    document_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
    at          TEXT NOT NULL
);
CREATE INDEX merges_into ON merges(into_id);
