-- The computed dossier of an entity (facts crosschecked, lists capped), so
-- that the dossier of a group named in tens of thousands of documents is
-- read rather than computed. A cached dossier is valid while the entity's
-- counts of documents and mentions (kept by Put) are those it was computed
-- at, and its format is the code's (sqlite/dossier.go); the triggers below
-- drop the dossiers a change to another entity makes stale.
CREATE TABLE IF NOT EXISTS dossier_cache (
    entity_id INTEGER PRIMARY KEY,
    format    INTEGER NOT NULL, -- the code's dossierFormat when computed
    docs      INTEGER NOT NULL, -- the entity's document count then
    mentions  INTEGER NOT NULL, -- and mention count
    version   INTEGER NOT NULL, -- the store's version (highest document seq) then
    body      BLOB NOT NULL     -- the dossier, encoded
);

-- The other entities a cached dossier names (related entities, the
-- entities claims name as value or source): renaming, merging or deleting
-- one of them drops the dossier.
CREATE TABLE IF NOT EXISTS dossier_refs (
    entity_id INTEGER NOT NULL,
    ref_id    INTEGER NOT NULL,
    PRIMARY KEY (entity_id, ref_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dossier_refs_ref ON dossier_refs(ref_id);

-- A relation to an entity stored by a document that does not name it (a
-- branch's parent group from built-in knowledge) changes the object's
-- dossier without changing its counts.
CREATE TRIGGER IF NOT EXISTS dossier_cache_relation AFTER INSERT ON relations
WHEN new.object_id IS NOT NULL BEGIN
    DELETE FROM dossier_cache WHERE entity_id = new.object_id;
END;
-- A relation linked to its object later (the parent group stored after
-- its branch), or moved by a merge.
CREATE TRIGGER IF NOT EXISTS dossier_cache_relation_object AFTER UPDATE OF object_id ON relations BEGIN
    DELETE FROM dossier_cache WHERE entity_id IN (new.entity_id, new.object_id, old.object_id);
END;
CREATE TRIGGER IF NOT EXISTS dossier_cache_rename AFTER UPDATE OF name, type ON entities BEGIN
    DELETE FROM dossier_cache WHERE entity_id = new.id;
    DELETE FROM dossier_cache WHERE entity_id IN (SELECT entity_id FROM dossier_refs WHERE ref_id = new.id);
END;
CREATE TRIGGER IF NOT EXISTS dossier_cache_entity_delete AFTER DELETE ON entities BEGIN
    DELETE FROM dossier_cache WHERE entity_id = old.id;
    DELETE FROM dossier_cache WHERE entity_id IN (SELECT entity_id FROM dossier_refs WHERE ref_id = old.id);
    DELETE FROM dossier_refs WHERE entity_id = old.id;
    DELETE FROM dossier_refs WHERE ref_id = old.id;
END;

-- The entity a claim's value or cited source names is looked up among the
-- entities of the claim's document by name.
CREATE INDEX IF NOT EXISTS doc_entities_doc_name ON doc_entities(document_id, name, entity_id);
