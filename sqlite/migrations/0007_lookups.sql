-- Finding the stored event a new report belongs to must not read every
-- event of a month: candidates are looked up by place. Each event with
-- coordinates gets a grid cell of half a degree (lat and lon cells as
-- cell = lat_cell * 1000 + lon_cell, see cellOf in sqlite/events.go), and
-- events are indexed by cell, by place name and by perpetrator, each with
-- the date.
ALTER TABLE events ADD COLUMN cell INTEGER;
UPDATE events SET cell = CAST((lat + 90) * 2 AS INTEGER) * 1000 + CAST((lon + 180) * 2 AS INTEGER)
    WHERE lat IS NOT NULL AND lon IS NOT NULL;
CREATE INDEX events_cell_date ON events(cell, date);
CREATE INDEX events_place_date ON events(location_key, date);
CREATE INDEX events_perpetrator_date ON events(perpetrator_id, date);

-- A join of two names is recorded once per entity and name: the first
-- document that joined them says why.
CREATE INDEX merges_into_name ON merges(into_id, from_name);

-- Each entity's counts of documents and mentions, kept by Put, so that
-- listing entities by how often they are named does not count rows.
ALTER TABLE entities ADD COLUMN n_docs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN n_mentions INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET
    n_docs = (SELECT COUNT(DISTINCT de.document_id) FROM doc_entities de WHERE de.entity_id = entities.id),
    n_mentions = (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = entities.id);
CREATE INDEX entities_n_docs ON entities(n_docs);
