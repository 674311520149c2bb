package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"dossier"
	"dossier/resolve"
)

var _ dossier.EventStore = (*Store)(nil)

// putEvents stores the document's events, each joined to the knowledge
// base's event it reports (same attack in another document) or new.
func (s *Store) putEvents(ctx context.Context, tx *sql.Tx, x *dossier.Extraction, global map[string]int64) error {
	places := map[string]*dossier.Entity{}
	for i := range x.Entities {
		if e := &x.Entities[i]; e.Type == dossier.Location {
			places[e.Name] = e
			for _, m := range e.Mentions {
				places[m.Text] = e
			}
		}
	}
	for _, ev := range x.Events {
		key := resolve.EventKey{Type: ev.Type, Date: dossier.Deref(ev.Date), Country: dossier.Deref(ev.Country), Location: dossier.Deref(ev.Location)}
		var admin1 string
		if p := places[key.Location]; p != nil {
			key.Lat, key.Lon, admin1 = p.Lat, p.Lon, p.Admin1
			if key.Country == "" && p.Country != nil {
				key.Country = *p.Country
			}
		}
		if ev.PerpetratorEntity != nil {
			key.PerpetratorID = global[*ev.PerpetratorEntity]
		}
		id, err := s.matchEvent(ctx, tx, key)
		if err != nil {
			return err
		}
		var perp any
		if key.PerpetratorID != 0 {
			perp = key.PerpetratorID
		}
		if id == 0 {
			r, err := s.exec(ctx, tx, `INSERT INTO events(type, subtype, date, location, location_key, country, admin1, lat, lon, perpetrator_id, perpetrator, claimed)
				VALUES(?,?,?,?,?,?,?,?,?,?,?,?)`, ev.Type, dossier.Deref(ev.Subtype), key.Date, key.Location, resolve.LocationKey(key.Location), key.Country, admin1,
				key.Lat, key.Lon, perp, dossier.Deref(ev.Perpetrator), ev.Claimed)
			if err != nil {
				return fmt.Errorf("insert event: %w", err)
			}
			id, _ = r.LastInsertId()
		} else {
			// fill what the first report left open
			if _, err := s.exec(ctx, tx, `UPDATE events SET
				type = CASE WHEN type = 'attack' THEN ? ELSE type END,
				date = CASE WHEN length(?) > length(date) AND (date = '' OR ? LIKE date || '%') THEN ? ELSE date END,
				perpetrator_id = COALESCE(perpetrator_id, ?), perpetrator = CASE WHEN perpetrator = '' THEN ? ELSE perpetrator END,
				claimed = MAX(claimed, ?), lat = COALESCE(lat, ?), lon = COALESCE(lon, ?),
				country = CASE WHEN country = '' THEN ? ELSE country END, subtype = CASE WHEN subtype = '' THEN ? ELSE subtype END
				WHERE id = ?`, ev.Type, key.Date, key.Date, key.Date, perp, dossier.Deref(ev.Perpetrator), ev.Claimed, key.Lat, key.Lon, key.Country,
				dossier.Deref(ev.Subtype), id); err != nil {
				return fmt.Errorf("update event: %w", err)
			}
		}
		js, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		if _, err := s.exec(ctx, tx, `INSERT INTO event_reports(event_id, document_id, local_id, report, killed_min, killed_max, injured_min, injured_max, perpetrator_id)
			VALUES(?,?,?,?,?,?,?,?,?)`, id, x.Document.ID, ev.ID, string(js), ev.KilledMin, ev.KilledMax, ev.InjuredMin, ev.InjuredMax, perp); err != nil {
			return fmt.Errorf("insert event report: %w", err)
		}
	}
	return nil
}

// matchEvent returns the stored event the key reports, or 0.
func (s *Store) matchEvent(ctx context.Context, tx *sql.Tx, key resolve.EventKey) (int64, error) {
	if key.Date == "" {
		// undated: the same place and perpetrator, among undated events
		if key.PerpetratorID == 0 {
			return 0, nil
		}
		st, err := s.stmt(ctx, tx, `SELECT id, type, date, country, location, lat, lon, COALESCE(perpetrator_id, 0) FROM events WHERE date = '' AND perpetrator_id = ? ORDER BY id`)
		if err != nil {
			return 0, err
		}
		rows, err := st.QueryContext(ctx, key.PerpetratorID)
		if err != nil {
			return 0, fmt.Errorf("match event: %w", err)
		}
		return scanMatch(rows, key)
	}
	// candidates: events dated within a day of the key, or to a date that
	// contains it (its month or year), found through the date index
	lo, hi := key.Date, key.Date+"~"
	var partial []any
	if len(key.Date) == 10 {
		if t, err := time.Parse("2006-01-02", key.Date); err == nil {
			lo, hi = t.AddDate(0, 0, -1).Format("2006-01-02"), t.AddDate(0, 0, 1).Format("2006-01-02")
		}
		partial = []any{key.Date[:7], key.Date[:4]}
	} else if len(key.Date) == 7 {
		partial = []any{key.Date[:4], key.Date[:4]}
	} else {
		partial = []any{key.Date, key.Date}
	}
	st, err := s.stmt(ctx, tx, `SELECT id, type, date, country, location, lat, lon, COALESCE(perpetrator_id, 0) FROM events
		WHERE date BETWEEN ? AND ? OR date IN (?, ?) ORDER BY id`)
	if err != nil {
		return 0, err
	}
	rows, err := st.QueryContext(ctx, lo, hi, partial[0], partial[1])
	if err != nil {
		return 0, fmt.Errorf("match event: %w", err)
	}
	return scanMatch(rows, key)
}

// scanMatch returns the first candidate event that reports the same attack
// as key, or 0.
func scanMatch(rows *sql.Rows, key resolve.EventKey) (int64, error) {
	defer rows.Close()
	for rows.Next() {
		var id int64
		var c resolve.EventKey
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&id, &c.Type, &c.Date, &c.Country, &c.Location, &lat, &lon, &c.PerpetratorID); err != nil {
			return 0, err
		}
		if lat.Valid && lon.Valid {
			c.Lat, c.Lon = &lat.Float64, &lon.Float64
		}
		if ok, _ := resolve.SameEvent(key, c); ok {
			return id, nil
		}
	}
	return 0, rows.Err()
}

// Events implements dossier.EventStore.
func (s *Store) Events(ctx context.Context, f dossier.EventFilter) ([]dossier.EventRecord, error) {
	where, args := eventWhere(f)
	q := `SELECT e.id, e.type, e.subtype, e.date, e.location, e.country, e.admin1, e.lat, e.lon, COALESCE(e.perpetrator_id, 0),
		COALESCE(p.name, e.perpetrator), e.claimed FROM events e LEFT JOIN entities p ON p.id = e.perpetrator_id` + where
	q += " ORDER BY e.date, e.id"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(0, f.Offset))
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	var out []dossier.EventRecord
	for rows.Next() {
		var e dossier.EventRecord
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&e.ID, &e.Type, &e.Subtype, &e.Date, &e.Location, &e.Country, &e.Admin1, &lat, &lon, &e.PerpetratorID, &e.Perpetrator, &e.Claimed); err != nil {
			rows.Close()
			return nil, err
		}
		if lat.Valid && lon.Valid {
			e.Lat, e.Lon = &lat.Float64, &lon.Float64
		}
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if err := s.eventReports(ctx, &out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// eventReports loads an event's reports and sums up their figures.
func (s *Store) eventReports(ctx context.Context, e *dossier.EventRecord) error {
	rows, err := s.db.QueryContext(ctx, `SELECT r.report, COALESCE(r.perpetrator_id, 0), d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,''), COALESCE(d.copy_of,'')
		FROM event_reports r JOIN documents d ON d.id = r.document_id WHERE r.event_id = ? ORDER BY d.published, d.seq`, e.ID)
	if err != nil {
		return fmt.Errorf("event %d reports: %w", e.ID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var r dossier.EventReport
		var js string
		if err := rows.Scan(&js, &r.PerpetratorID, &r.DocumentID, &r.Title, &r.Path, &r.Published, &r.SourcedFact.Source, &r.Origin); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(js), &r.Event); err != nil {
			return fmt.Errorf("event %d report: %w", e.ID, err)
		}
		if len(r.Event.Evidence) > 0 {
			r.SourcedFact.Evidence = r.Event.Evidence[0]
		}
		e.Reports = append(e.Reports, r)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	e.Killed = figure(e.Reports, func(ev *dossier.Event) (*float64, *float64) { return ev.KilledMin, ev.KilledMax })
	e.Injured = figure(e.Reports, func(ev *dossier.Event) (*float64, *float64) { return ev.InjuredMin, ev.InjuredMax })
	return nil
}

// figure sums up a casualty count over reports sorted oldest first: the
// latest report that gives one, and the range over all of them. Later
// reports often raise death tolls; the latest is shown first.
func figure(rs []dossier.EventReport, get func(*dossier.Event) (*float64, *float64)) dossier.Figure {
	var f dossier.Figure
	seen := map[string]bool{}
	sorted := append([]dossier.EventReport(nil), rs...)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].Published < sorted[b].Published })
	for i := range sorted {
		lo, hi := get(&sorted[i].Event)
		if lo == nil && hi == nil {
			continue
		}
		f.LatestMin, f.LatestMax = lo, hi
		seen[fmt.Sprint(deref(lo), deref(hi))] = true
		for _, v := range []*float64{lo, hi} {
			if v == nil {
				continue
			}
			if f.Low == nil || *v < *f.Low {
				f.Low = ptr(*v)
			}
			if f.High == nil || *v > *f.High {
				f.High = ptr(*v)
			}
		}
	}
	f.Differ = len(seen) > 1
	return f
}

func deref(p *float64) float64 {
	if p == nil {
		return -1
	}
	return *p
}

func ptr(v float64) *float64 { return &v }
