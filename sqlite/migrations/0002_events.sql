-- Attacks of the knowledge base, one row per real-world event.
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    type           TEXT NOT NULL,
    subtype        TEXT NOT NULL DEFAULT '',
    date           TEXT NOT NULL DEFAULT '',
    location       TEXT NOT NULL DEFAULT '',
    location_key   TEXT NOT NULL DEFAULT '',
    country        TEXT NOT NULL DEFAULT '',
    admin1         TEXT NOT NULL DEFAULT '',
    lat            REAL,
    lon            REAL,
    perpetrator_id INTEGER REFERENCES entities(id),
    perpetrator    TEXT NOT NULL DEFAULT '',
    claimed        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_country ON events(country);
CREATE INDEX events_perpetrator ON events(perpetrator_id);

-- Each document's report of an event, with its own figures.
CREATE TABLE event_reports (
    event_id       INTEGER NOT NULL REFERENCES events(id),
    document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id       TEXT NOT NULL,
    report         TEXT NOT NULL, -- the document's event, as JSON
    killed_min     REAL,
    killed_max     REAL,
    injured_min    REAL,
    injured_max    REAL,
    perpetrator_id INTEGER REFERENCES entities(id),
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX event_reports_event ON event_reports(event_id);
