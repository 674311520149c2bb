-- Indexes for joining entities (merges rewrite these columns) and for
-- linking a branch to a parent stored later.
CREATE INDEX IF NOT EXISTS relations_object ON relations(object_id);
CREATE INDEX IF NOT EXISTS relations_object_name ON relations(object_name) WHERE object_id IS NULL;
CREATE INDEX IF NOT EXISTS event_reports_perpetrator ON event_reports(perpetrator_id);
CREATE INDEX IF NOT EXISTS doc_entities_entity_doc ON doc_entities(entity_id, document_id);
