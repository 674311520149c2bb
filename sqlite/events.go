package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"

	"dossier"
	"dossier/assemble"
	"dossier/resolve"
)

var _ dossier.EventStore = (*Store)(nil)

// putEvents stores the document's events, each joined to the knowledge
// base's event it reports (same attack in another document) or new.
func (s *Store) putEvents(ctx context.Context, tx *sql.Tx, x *dossier.Extraction, seq int64, global map[string]int64) error {
	places := assemble.Places(x)
	for i := range x.Events {
		ev := &x.Events[i]
		key, admin1 := assemble.EventKey(ev, places, global)
		id, err := s.matchEvent(ctx, tx, key)
		if err != nil {
			return err
		}
		var perp, cell any
		if key.PerpetratorID != 0 {
			perp = key.PerpetratorID
		}
		if key.Lat != nil && key.Lon != nil {
			cell = cellOf(*key.Lat, *key.Lon)
		}
		if id == 0 {
			r, err := s.exec(ctx, tx, insertEventSQL, ev.Type, dossier.Deref(ev.Subtype), key.Date, key.Location, resolve.LocationKey(key.Location), key.Country, admin1,
				key.Lat, key.Lon, cell, perp, dossier.Deref(ev.Perpetrator), ev.Claimed)
			if err != nil {
				return fmt.Errorf("insert event: %w", err)
			}
			id, _ = r.LastInsertId()
		} else {
			// fill what the first report left open
			if _, err := s.exec(ctx, tx, updateEventSQL, ev.Type, key.Date, perp, dossier.Deref(ev.Perpetrator), ev.Claimed, key.Lat, key.Lon, cell, key.Country,
				dossier.Deref(ev.Subtype), id); err != nil {
				return fmt.Errorf("update event: %w", err)
			}
		}
		js, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		if _, err := s.exec(ctx, tx, `INSERT INTO event_reports(event_id, doc, local_id, report, killed_min, killed_max, injured_min, injured_max, perpetrator_id)
			VALUES(?,?,?,?,?,?,?,?,?)`, id, seq, ev.ID, string(js), ev.KilledMin, ev.KilledMax, ev.InjuredMin, ev.InjuredMax, perp); err != nil {
			return fmt.Errorf("insert event report: %w", err)
		}
		if key.Date == "" {
			if err := s.weekdayDate(ctx, tx, id); err != nil {
				return err
			}
		}
	}
	return nil
}

// weekdayDate dates an event no report dates from the weekday one report
// gives and another's publication date (see assemble.WeekdayDate).
func (s *Store) weekdayDate(ctx context.Context, tx *sql.Tx, id int64) error {
	st, err := s.stmt(ctx, tx, `SELECT COALESCE(json_extract(r.report, '$.date_text'), ''), COALESCE(d.published, '')
		FROM event_reports r JOIN documents d ON d.seq = r.doc JOIN events e ON e.id = r.event_id
		WHERE r.event_id = ? AND e.date = ''`)
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(ctx, id)
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
		if _, err := s.exec(ctx, tx, `UPDATE events SET date = ? WHERE id = ? AND date = ''`, d, id); err != nil {
			return fmt.Errorf("date event %d: %w", id, err)
		}
	}
	return nil
}

// matchEvent returns the stored event the key reports, or 0: the oldest
// candidate that resolve.SameEvent accepts.
//
// Candidates are looked up through indexes so that the cost stays flat as
// the store grows: among the events dated within a day of the key or to a
// date that contains it (its month or year), those with the same place
// name, a name made of some of its words ("Dornhal" for "Dornhal bus
// station") or starting with it, those in the grid cells within
// resolve.MaxPlaceKm of its coordinates, and, since a report without a
// place matches only the same perpetrator, those of its perpetrator (the
// earliest perpLimit of them in each date range). Two
// place names that contain one another otherwise ("the market of Dornhal"
// and "Dornhal") are not compared.
func (s *Store) matchEvent(ctx context.Context, tx *sql.Tx, key resolve.EventKey) (int64, error) {
	if key.Date == "" {
		// undated: the same place and perpetrator, among undated events
		if key.PerpetratorID == 0 {
			return 0, nil
		}
		cs, err := s.eventCandidates(ctx, tx, matchUndatedSQL, key.PerpetratorID)
		if err != nil {
			return 0, err
		}
		return firstSameEvent(key, cs), nil
	}
	lo, hi, partial := assemble.DateWindow(key.Date)
	p1, p2 := partial[0], partial[1]
	perp := key.PerpetratorID
	var all []eventCandidate
	add := func(q string, args ...any) error {
		cs, err := s.eventCandidates(ctx, tx, q, args...)
		all = append(all, cs...)
		return err
	}
	locKey := resolve.LocationKey(key.Location)
	if locKey == "" {
		if perp == 0 {
			return 0, nil
		}
		if err := add(matchPerpSQL, perp, lo, hi, p1, p2, 1); err != nil {
			return 0, err
		}
	} else {
		// one statement for every channel, run once per chunk of place
		// keys and cells
		keys := placeKeys(key.Location)
		var cells []int64
		if key.Lat != nil && key.Lon != nil {
			cells = nearCells(*key.Lat, *key.Lon)
		}
		for i := 0; i == 0 || i*matchKeys < len(keys) || i*matchCells < len(cells); i++ {
			args := []any{lo, hi, p1, p2, perp, locKey, locKey + "~"}
			for k := range matchKeys {
				v := "\x00" // no key is empty of letters
				if n := i*matchKeys + k; n < len(keys) {
					v = keys[n]
				}
				args = append(args, v)
			}
			for k := range matchCells {
				v := int64(-1)
				if n := i*matchCells + k; n < len(cells) {
					v = cells[n]
				}
				args = append(args, v)
			}
			if err := add(matchPlacedSQL, args...); err != nil {
				return 0, err
			}
		}
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	return firstSameEvent(key, all), nil
}

// placeKeys returns the location keys of a place name and of every run of
// its words: the names it contains at word boundaries.
func placeKeys(name string) []string {
	words := strings.Fields(name)
	if len(words) > 8 {
		words = words[:8]
	}
	var out []string
	seen := map[string]bool{}
	for i := range words {
		for j := i + 1; j <= len(words); j++ {
			k := resolve.LocationKey(strings.Join(words[i:j], " "))
			if k != "" && !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	if k := resolve.LocationKey(name); k != "" && !seen[k] {
		out = append(out, k)
	}
	return out
}

// cellOf is the grid cell of a point, as migration 0007 computes it.
func cellOf(lat, lon float64) int64 {
	return int64((lat+90)*2)*1000 + int64((lon+180)*2)
}

// nearCells returns the grid cells holding every point within
// resolve.MaxPlaceKm of (lat, lon).
func nearCells(lat, lon float64) []int64 {
	const kmPerDegree = 111.19
	dLat := resolve.MaxPlaceKm / kmPerDegree
	maxLat := math.Min(89.9, math.Abs(lat)+dLat)
	dLon := math.Min(180, dLat/math.Cos(maxLat*math.Pi/180))
	var out []int64
	seen := map[int64]bool{}
	for la := math.Max(-90, lat-dLat); ; la = math.Min(la+0.5, lat+dLat) {
		for lo := lon - dLon; ; lo = math.Min(lo+0.5, lon+dLon) {
			w := math.Mod(lo+540, 360) - 180 // wrap to [-180, 180)
			if c := cellOf(math.Min(la, 90), w); !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
			if lo >= lon+dLon {
				break
			}
		}
		if la >= lat+dLat || la >= 90 {
			break
		}
	}
	return out
}

// eventCandidate is a stored event that may report the same attack.
type eventCandidate struct {
	id  int64
	key resolve.EventKey
}

// firstSameEvent returns the first candidate that resolve.SameEvent accepts
// for key, or 0.
func firstSameEvent(key resolve.EventKey, cs []eventCandidate) int64 {
	for _, c := range cs {
		if ok, _ := resolve.SameEvent(key, c.key); ok {
			return c.id
		}
	}
	return 0
}

// eventCandidates runs a candidate query of matchEvent.
func (s *Store) eventCandidates(ctx context.Context, tx *sql.Tx, q string, args ...any) ([]eventCandidate, error) {
	st, err := s.stmt(ctx, tx, q)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("match event: %w", err)
	}
	defer rows.Close()
	var out []eventCandidate
	for rows.Next() {
		var c eventCandidate
		var lat, lon sql.NullFloat64
		if err := rows.Scan(&c.id, &c.key.Type, &c.key.Date, &c.key.Country, &c.key.Location, &lat, &lon, &c.key.PerpetratorID); err != nil {
			return nil, err
		}
		if lat.Valid && lon.Valid {
			c.key.Lat, c.key.Lon = &lat.Float64, &lon.Float64
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// The statements that store an event: a new one, and one that fills what
// the first report of an event left open from a later one.
const (
	insertEventSQL = `INSERT INTO events(type, subtype, date, location, location_key, country, admin1, lat, lon, cell, perpetrator_id, perpetrator, claimed)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)`
	// updateEventSQL changes only an event it changes: a report that
	// adds nothing (most do) then costs a row lookup, not the rewriting of
	// the row and of every index of the columns it sets.
	updateEventSQL = `UPDATE events SET
		type = CASE WHEN type = 'attack' THEN ?1 ELSE type END,
		date = CASE WHEN length(?2) > length(date) AND (date = '' OR ?2 LIKE date || '%') THEN ?2 ELSE date END,
		perpetrator_id = COALESCE(perpetrator_id, ?3), perpetrator = CASE WHEN perpetrator = '' THEN ?4 ELSE perpetrator END,
		claimed = MAX(claimed, ?5), lat = COALESCE(lat, ?6), lon = COALESCE(lon, ?7), cell = COALESCE(cell, ?8),
		country = CASE WHEN country = '' THEN ?9 ELSE country END, subtype = CASE WHEN subtype = '' THEN ?10 ELSE subtype END
		WHERE id = ?11 AND (type = 'attack' AND ?1 IS NOT type
			OR length(?2) > length(date) AND (date = '' OR ?2 LIKE date || '%')
			OR perpetrator_id IS NULL AND ?3 IS NOT NULL OR perpetrator = '' AND ?4 IS NOT ''
			OR ?5 > claimed OR lat IS NULL AND ?6 IS NOT NULL OR lon IS NULL AND ?7 IS NOT NULL OR cell IS NULL AND ?8 IS NOT NULL
			OR country = '' AND ?9 IS NOT '' OR subtype = '' AND ?10 IS NOT '')`
)

// The candidate queries of matchEvent. Each reads one index range per
// date condition; perpetrators that differ are left out in SQL.
const (
	candidateCols   = `SELECT id, type, date, country, location, lat, lon, COALESCE(perpetrator_id, 0) FROM events `
	matchUndatedSQL = candidateCols + `WHERE date = '' AND perpetrator_id = ? ORDER BY id`
	// the perpetrator's events: those without a place (?6 = 0), or all
	matchPerpSQL = `SELECT * FROM (` + candidateCols + `WHERE perpetrator_id = ?1 AND date BETWEEN ?2 AND ?3 AND (?6 OR location_key = '') ORDER BY date, id LIMIT ` + perpLimit + `)` +
		` UNION ALL SELECT * FROM (` + candidateCols + `WHERE perpetrator_id = ?1 AND date IN (?4, ?5) AND (?6 OR location_key = '') ORDER BY date, id LIMIT ` + perpLimit + `)`
	// perpLimit bounds the events of a perpetrator read for a report
	// without a place, or matched to one without a place: the earliest
	// dated. A group with hundreds of attacks a month is compared to the
	// first of them only.
	perpLimit = "8"
)

// matchPlacedSQL finds the candidates of a report with a place, through
// the indexes of each channel: place names (?8…?15, the key's words),
// names that start with the key's (?6, ?7: the index gives the name range,
// the dates are read from its entries), grid cells (?16…?27), and the
// perpetrator's (?5) events without a place; ?1…?4 are the dates of
// dateWindow.
var matchPlacedSQL = func() string {
	keys := make([]string, matchKeys)
	for i := range keys {
		keys[i] = fmt.Sprintf("?%d", 8+i)
	}
	cells := make([]string, matchCells)
	for i := range cells {
		cells[i] = fmt.Sprintf("?%d", 8+matchKeys+i)
	}
	perpOK := ` AND (perpetrator_id IS NULL OR ?5 = 0 OR perpetrator_id = ?5)`
	in := func(xs []string) string { return "(" + strings.Join(xs, ", ") + ")" }
	return strings.Join([]string{
		candidateCols + `WHERE location_key IN ` + in(keys) + ` AND date BETWEEN ?1 AND ?2` + perpOK,
		candidateCols + `WHERE location_key IN ` + in(keys) + ` AND date IN (?3, ?4)` + perpOK,
		candidateCols + `WHERE location_key > ?6 AND location_key < ?7 AND (date BETWEEN ?1 AND ?2 OR date IN (?3, ?4))` + perpOK,
		candidateCols + `WHERE cell IN ` + in(cells) + ` AND date BETWEEN ?1 AND ?2` + perpOK,
		candidateCols + `WHERE cell IN ` + in(cells) + ` AND date IN (?3, ?4)` + perpOK,
		`SELECT * FROM (` + candidateCols + `WHERE perpetrator_id = ?5 AND ?5 != 0 AND location_key = '' AND date BETWEEN ?1 AND ?2 ORDER BY date, id LIMIT ` + perpLimit + `)`,
		`SELECT * FROM (` + candidateCols + `WHERE perpetrator_id = ?5 AND ?5 != 0 AND location_key = '' AND date IN (?3, ?4) ORDER BY date, id LIMIT ` + perpLimit + `)`,
	}, " UNION ALL ")
}()

// The place keys and cells matchPlacedSQL takes at once.
const (
	matchKeys  = 8
	matchCells = 12
)

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
		FROM event_reports r JOIN documents d ON d.seq = r.doc WHERE r.event_id = ? ORDER BY d.published, d.seq`, e.ID)
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
	assemble.Figures(e)
	return nil
}
