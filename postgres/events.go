package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"dossier"
	"dossier/assemble"
	"dossier/resolve"
)

// putEvents stores the document's events, each joined to the knowledge
// base's event it reports (the same attack in another document) or new.
func (s *Store) putEvents(ctx context.Context, tx pgx.Tx, x *dossier.Extraction, global map[string]int64) error {
	places := assemble.Places(x)
	for i := range x.Events {
		ev := &x.Events[i]
		key, admin1 := assemble.EventKey(ev, places, global)
		id, err := matchEvent(ctx, tx, key)
		if err != nil {
			return err
		}
		var perp *int64
		if key.PerpetratorID != 0 {
			perp = &key.PerpetratorID
		}
		if id == 0 {
			if err := tx.QueryRow(ctx, `INSERT INTO events(type, subtype, date, location, location_key, country, admin1, lat, lon, perpetrator_id, perpetrator, claimed)
				VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) RETURNING id`,
				ev.Type, dossier.Deref(ev.Subtype), key.Date, key.Location, resolve.LocationKey(key.Location), key.Country, admin1,
				key.Lat, key.Lon, perp, dossier.Deref(ev.Perpetrator), ev.Claimed).Scan(&id); err != nil {
				return fmt.Errorf("insert event: %w", err)
			}
		} else {
			// fill what the first report left open
			if _, err := tx.Exec(ctx, `UPDATE events SET
				type = CASE WHEN type = 'attack' THEN $1 ELSE type END,
				date = CASE WHEN length($2::text) > length(date) AND starts_with($2::text, date) THEN $2::text ELSE date END,
				perpetrator_id = COALESCE(perpetrator_id, $3), perpetrator = CASE WHEN perpetrator = '' THEN $4 ELSE perpetrator END,
				claimed = claimed OR $5, lat = COALESCE(lat, $6), lon = COALESCE(lon, $7),
				country = CASE WHEN country = '' THEN $8 ELSE country END, subtype = CASE WHEN subtype = '' THEN $9 ELSE subtype END
				WHERE id = $10`, ev.Type, key.Date, perp, dossier.Deref(ev.Perpetrator), ev.Claimed, key.Lat, key.Lon, key.Country,
				dossier.Deref(ev.Subtype), id); err != nil {
				return fmt.Errorf("update event: %w", err)
			}
		}
		js, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO event_reports(event_id, document_id, local_id, report, killed_min, killed_max, injured_min, injured_max, perpetrator_id)
			VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9)`, id, x.Document.ID, ev.ID, string(js), ev.KilledMin, ev.KilledMax, ev.InjuredMin, ev.InjuredMax, perp); err != nil {
			return fmt.Errorf("insert event report: %w", err)
		}
		if key.Date == "" {
			if err := weekdayDate(ctx, tx, id); err != nil {
				return err
			}
		}
	}
	return nil
}

// weekdayDate dates an event no report dates from the weekday one report
// gives and another's publication date (see assemble.WeekdayDate).
func weekdayDate(ctx context.Context, tx pgx.Tx, id int64) error {
	rows, err := tx.Query(ctx, `SELECT COALESCE(r.report->>'date_text', ''), COALESCE(d.published, '')
		FROM event_reports r JOIN documents d ON d.id = r.document_id JOIN events e ON e.id = r.event_id
		WHERE r.event_id = $1 AND e.date = ''`, id)
	if err != nil {
		return fmt.Errorf("date event %d: %w", id, err)
	}
	var rs []assemble.WeekdayReport
	for rows.Next() {
		var r assemble.WeekdayReport
		if err := rows.Scan(&r.DateText, &r.Published); err != nil {
			rows.Close()
			return err
		}
		rs = append(rs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if d := assemble.WeekdayDate(rs); d != "" {
		if _, err := tx.Exec(ctx, `UPDATE events SET date = $1 WHERE id = $2 AND date = ''`, d, id); err != nil {
			return fmt.Errorf("date event %d: %w", id, err)
		}
	}
	return nil
}

const eventKeyCols = `id, type, date, country, location, lat, lon, COALESCE(perpetrator_id, 0)`

// matchEvent returns the stored event the key reports, or 0.
func matchEvent(ctx context.Context, tx pgx.Tx, key resolve.EventKey) (int64, error) {
	var rows pgx.Rows
	var err error
	if key.Date == "" {
		// undated: the same place and perpetrator, among undated events
		if key.PerpetratorID == 0 {
			return 0, nil
		}
		rows, err = tx.Query(ctx, `SELECT `+eventKeyCols+` FROM events WHERE date = '' AND perpetrator_id = $1 ORDER BY id`, key.PerpetratorID)
	} else {
		lo, hi, partial := assemble.DateWindow(key.Date)
		rows, err = tx.Query(ctx, `SELECT `+eventKeyCols+` FROM events WHERE date BETWEEN $1 AND $2 OR date IN ($3, $4) ORDER BY id`,
			lo, hi, partial[0], partial[1])
	}
	if err != nil {
		return 0, fmt.Errorf("match event: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var c resolve.EventKey
		if err := rows.Scan(&id, &c.Type, &c.Date, &c.Country, &c.Location, &c.Lat, &c.Lon, &c.PerpetratorID); err != nil {
			return 0, fmt.Errorf("match event: %w", err)
		}
		if c.Lat == nil || c.Lon == nil {
			c.Lat, c.Lon = nil, nil
		}
		if ok, _ := resolve.SameEvent(key, c); ok {
			return id, nil
		}
	}
	return 0, rows.Err()
}

// eventWhere is the WHERE clause of an event filter (without its limit),
// its parameters numbered from $1.
func eventWhere(f dossier.EventFilter) (string, []any) {
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if f.ActorID != 0 {
		a := arg(f.ActorID)
		where = append(where, `(e.perpetrator_id = `+a+` OR e.id IN (SELECT event_id FROM event_reports WHERE perpetrator_id = `+a+`))`)
	}
	if f.Country != "" {
		where = append(where, `e.country = `+arg(strings.ToUpper(f.Country)))
	}
	if f.Since != "" {
		a := arg(f.Since)
		where = append(where, `e.date <> '' AND left(e.date, length(`+a+`::text)) >= `+a)
	}
	if f.Until != "" {
		a := arg(f.Until)
		where = append(where, `e.date <> '' AND left(e.date, length(`+a+`::text)) <= `+a)
	}
	if f.Type != "" {
		where = append(where, `e.type = `+arg(f.Type))
	}
	if len(where) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(where, " AND "), args
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
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	var out []dossier.EventRecord
	for rows.Next() {
		var e dossier.EventRecord
		if err := rows.Scan(&e.ID, &e.Type, &e.Subtype, &e.Date, &e.Location, &e.Country, &e.Admin1, &e.Lat, &e.Lon, &e.PerpetratorID, &e.Perpetrator, &e.Claimed); err != nil {
			rows.Close()
			return nil, fmt.Errorf("events: %w", err)
		}
		if e.Lat == nil || e.Lon == nil {
			e.Lat, e.Lon = nil, nil
		}
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if err := s.eventReports(ctx, out); err != nil {
		return nil, err
	}
	return out, nil
}

// eventReports loads the reports of events, in one query, and sums up
// their figures.
func (s *Store) eventReports(ctx context.Context, evs []dossier.EventRecord) error {
	if len(evs) == 0 {
		return nil
	}
	ids := make([]int64, len(evs))
	at := make(map[int64]int, len(evs))
	for i, e := range evs {
		ids[i], at[e.ID] = e.ID, i
	}
	rows, err := s.pool.Query(ctx, `SELECT r.event_id, r.report, COALESCE(r.perpetrator_id, 0), d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''),
		COALESCE(d.source,''), COALESCE(d.copy_of,'')
		FROM event_reports r JOIN documents d ON d.id = r.document_id WHERE r.event_id = ANY($1::bigint[])
		ORDER BY r.event_id, d.published NULLS FIRST, d.seq`, ids)
	if err != nil {
		return fmt.Errorf("event reports: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var js []byte
		var r dossier.EventReport
		if err := rows.Scan(&id, &js, &r.PerpetratorID, &r.DocumentID, &r.Title, &r.Path, &r.Published, &r.SourcedFact.Source, &r.Origin); err != nil {
			return fmt.Errorf("event reports: %w", err)
		}
		if err := json.Unmarshal(js, &r.Event); err != nil {
			return fmt.Errorf("event %d report: %w", id, err)
		}
		assemble.ReportEvidence(&r)
		e := &evs[at[id]]
		e.Reports = append(e.Reports, r)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("event reports: %w", err)
	}
	for i := range evs {
		assemble.Figures(&evs[i])
	}
	return nil
}
