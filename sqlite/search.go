package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"dossier"
	"dossier/assemble"
)

// This file holds full-text search (SQLite FTS5, indexes kept by the
// triggers of migration 0003) and the lookups the HTTP server needs beyond
// dossier.Store: one event by id, event counts for pagination, a page of
// documents, and the global entities and events of one document.

// Snippet is a piece of text around the words a search matched, with the
// matched words marked by byte ranges into Text.
type Snippet struct {
	Text  string         `json:"text"`
	Marks []dossier.Span `json:"marks"`
}

// EntityHit is an entity a search found, with the name that matched.
type EntityHit struct {
	dossier.GlobalEntity
	Matched string `json:"matched"`
}

// DocumentHit is a document a search found, with a snippet of its text.
type DocumentHit struct {
	dossier.DocumentRef
	Snippet Snippet `json:"snippet"`
}

// ClaimHit is a claim a search found: the entity it is about and the
// claim with its document and evidence.
type ClaimHit struct {
	EntityID   int64  `json:"entity_id"`
	EntityName string `json:"entity_name"`
	Predicate  string `json:"predicate"`
	// Value is the claim in words (a name, a date, a figure with its unit).
	Value string `json:"value"`
	// CitedSource is the source the article cites for the claim, if any.
	CitedSource string              `json:"cited_source,omitempty"`
	Hedge       string              `json:"hedge"`
	Document    dossier.SourcedFact `json:"document"`
}

// SearchResult is what a search found, by kind, best first. The totals
// count every match (the lists hold at most the limit).
type SearchResult struct {
	Query          string                `json:"query"`
	Entities       []EntityHit           `json:"entities"`
	EntitiesTotal  int                   `json:"entities_total"`
	Documents      []DocumentHit         `json:"documents"`
	DocumentsTotal int                   `json:"documents_total"`
	Claims         []ClaimHit            `json:"claims"`
	Events         []dossier.EventRecord `json:"events"`
}

// MaxSearchLimit is the most hits of one kind Search returns.
const MaxSearchLimit = 100

// FTSQuery turns what a person typed into an FTS5 query: each word becomes
// a phrase of its tokens (so "ISIS-K" finds "ISIS K" and "ISIS-K"), all
// words are required, and the last word is a prefix ("Cov" finds
// "Covenant"). It returns "" when the text has no letter or digit. FTS5
// operators and quotes in the input are treated as text.
func FTSQuery(q string) string {
	var phrases []string
	for _, w := range strings.Fields(q) {
		toks := strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(toks) == 0 {
			continue
		}
		phrases = append(phrases, `"`+strings.ToLower(strings.Join(toks, " "))+`"`)
	}
	if len(phrases) == 0 {
		return ""
	}
	phrases[len(phrases)-1] += "*"
	return strings.Join(phrases, " ")
}

// Search finds the entities (by any name or alias), documents (title and
// text), claims (predicate, value, cited source, or the entity they are
// about) and events (type, place, perpetrator) that match q, at most limit
// of each kind (0: 10). An entity whose name or alias equals q comes first;
// other entities follow by the number of documents that mention them.
// Documents come by relevance (BM25) when at most maxRanked match, else
// the most recently stored first; claims and events likewise prefer the
// most recently stored. A query without a letter or digit is
// dossier.ErrInvalid.
func (s *Store) Search(ctx context.Context, q string, limit int) (*SearchResult, error) {
	fq := FTSQuery(q)
	if fq == "" {
		return nil, fmt.Errorf("search %q: %w: the query has no word", q, dossier.ErrInvalid)
	}
	if limit <= 0 {
		limit = 10
	}
	limit = min(limit, MaxSearchLimit)
	res := &SearchResult{Query: q, Entities: []EntityHit{}, Documents: []DocumentHit{}, Claims: []ClaimHit{}, Events: []dossier.EventRecord{}}
	var err error
	if res.Entities, res.EntitiesTotal, err = s.searchEntities(ctx, q, fq, limit); err != nil {
		return nil, err
	}
	if res.Documents, res.DocumentsTotal, err = s.searchDocuments(ctx, fq, limit); err != nil {
		return nil, err
	}
	var top []int64
	for _, e := range res.Entities[:min(3, len(res.Entities))] {
		top = append(top, e.ID)
	}
	if res.Claims, err = s.searchClaims(ctx, fq, top, limit); err != nil {
		return nil, err
	}
	if res.Events, err = s.searchEvents(ctx, fq, top, limit); err != nil {
		return nil, err
	}
	return res, nil
}

// maxEntityNames bounds the names an entity search reads.
const maxEntityNames = 2000

func (s *Store) searchEntities(ctx context.Context, q, fq string, limit int) ([]EntityHit, int, error) {
	matched := map[int64]string{}
	var exact []int64
	if es, err := s.Find(ctx, q); err == nil {
		for _, e := range es {
			exact = append(exact, e.ID)
			matched[e.ID] = q
		}
	} else if !errors.Is(err, dossier.ErrNotFound) && !errors.Is(err, dossier.ErrInvalid) {
		return nil, 0, fmt.Errorf("search entities: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT n.entity_id, n.name FROM entity_names_fts f JOIN entity_names n ON n.id = f.rowid
		WHERE entity_names_fts MATCH ? ORDER BY rank LIMIT ?`, fq, maxEntityNames)
	if err != nil {
		return nil, 0, fmt.Errorf("search entities: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return nil, 0, fmt.Errorf("search entities: %w", err)
		}
		if _, ok := matched[id]; !ok {
			matched[id] = name
			ids = append(ids, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("search entities: %w", err)
	}
	total := len(exact) + len(ids)
	all := append(append([]int64{}, exact...), ids...)
	if len(all) == 0 {
		return []EntityHit{}, 0, nil
	}
	// counts for every match, to rank by documents
	es, err := s.entities(ctx, `WHERE e.id IN (`+placeholders(len(all))+`)`, int64Args(all)...)
	if err != nil {
		return nil, 0, fmt.Errorf("search entities: %w", err)
	}
	isExact := map[int64]bool{}
	for _, id := range exact {
		isExact[id] = true
	}
	sort.SliceStable(es, func(a, b int) bool { return isExact[es[a].ID] && !isExact[es[b].ID] })
	out := make([]EntityHit, 0, min(limit, len(es)))
	for _, e := range es[:min(limit, len(es))] {
		out = append(out, EntityHit{GlobalEntity: e, Matched: matched[e.ID]})
	}
	return out, total, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func int64Args(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// Snippet markers: control characters never found in cleaned text.
const (
	markOpen  = '\x02'
	markClose = '\x03'
)

// maxRanked is the most matching documents Search ranks by relevance
// (BM25); when more match, it lists the most recently stored ones.
const maxRanked = 2000

func (s *Store) searchDocuments(ctx context.Context, fq string, limit int) ([]DocumentHit, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?`, fq).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("search documents: %w", err)
	}
	if total == 0 {
		return []DocumentHit{}, 0, nil
	}
	// ranking reads every match; past maxRanked, the newest come first
	order := "rank"
	if total > maxRanked {
		order = "f.rowid DESC"
	}
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.path, COALESCE(d.title,''), COALESCE(d.published,''), COALESCE(d.source,''),
		COALESCE(d.dateline,''), d.language, COALESCE(d.url,''), COALESCE(d.copy_of,''), d.words,
		snippet(documents_fts, 1, char(2), char(3), '…', 24)
		FROM documents_fts f JOIN documents d ON d.seq = f.rowid
		WHERE documents_fts MATCH ? ORDER BY `+order+` LIMIT ?`, fq, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("search documents: %w", err)
	}
	defer rows.Close()
	out := []DocumentHit{}
	for rows.Next() {
		var h DocumentHit
		var snip string
		if err := rows.Scan(&h.ID, &h.Path, &h.Title, &h.Published, &h.Source, &h.Dateline, &h.Language, &h.URL, &h.CopyOf, &h.Words, &snip); err != nil {
			return nil, 0, fmt.Errorf("search documents: %w", err)
		}
		h.Snippet = parseSnippet(snip)
		out = append(out, h)
	}
	return out, total, rows.Err()
}

// parseSnippet turns FTS5 snippet text with markers into a Snippet.
func parseSnippet(s string) Snippet {
	var sn Snippet
	var b strings.Builder
	open := -1
	for _, r := range s {
		switch r {
		case markOpen:
			open = b.Len()
		case markClose:
			if open >= 0 {
				sn.Marks = append(sn.Marks, dossier.Span{Start: open, End: b.Len()})
				open = -1
			}
		default:
			b.WriteRune(r)
		}
	}
	sn.Text = b.String()
	if sn.Marks == nil {
		sn.Marks = []dossier.Span{}
	}
	return sn
}

const claimHitCols = `c.entity_id, e.name, c.predicate, c.value, c.min, c.max, c.unit, c.source, c.hedge,
	d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,''), COALESCE(d.copy_of,''), c.ev_start, c.ev_end, ` + `CAST(substr(CAST(d.text AS BLOB), c.ev_start + 1, c.ev_end - c.ev_start) AS TEXT)`

func (s *Store) searchClaims(ctx context.Context, fq string, entities []int64, limit int) ([]ClaimHit, error) {
	type key struct {
		doc        string
		start      int
		pred, valu string
	}
	seen := map[key]bool{}
	out := []ClaimHit{}
	add := func(rows *sql.Rows) error {
		defer rows.Close()
		for rows.Next() {
			if len(out) >= limit {
				return nil
			}
			var h ClaimHit
			var value, unit, src sql.NullString
			var mn, mx sql.NullFloat64
			if err := rows.Scan(&h.EntityID, &h.EntityName, &h.Predicate, &value, &mn, &mx, &unit, &src, &h.Hedge,
				&h.Document.DocumentID, &h.Document.Title, &h.Document.Path, &h.Document.Published, &h.Document.Source, &h.Document.Origin,
				&h.Document.Evidence.Start, &h.Document.Evidence.End, &h.Document.Evidence.Text); err != nil {
				return err
			}
			k := key{h.Document.DocumentID, h.Document.Evidence.Start, h.Predicate, value.String}
			if seen[k] {
				continue
			}
			seen[k] = true
			h.Value = claimValue(nullStr(value), nullF(mn), nullF(mx), nullStr(unit))
			h.CitedSource = src.String
			out = append(out, h)
		}
		return rows.Err()
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+claimHitCols+`
		FROM (SELECT rowid, rank FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?) f
		JOIN claims c ON c.rowid = f.rowid
		JOIN entities e ON e.id = c.entity_id JOIN documents d ON d.seq = c.doc
		ORDER BY f.rank, d.seq`, fq, limit*4)
	if err != nil {
		return nil, fmt.Errorf("search claims: %w", err)
	}
	if err := add(rows); err != nil {
		return nil, fmt.Errorf("search claims: %w", err)
	}
	if len(out) < limit && len(entities) > 0 {
		rows, err := s.db.QueryContext(ctx, `SELECT `+claimHitCols+`
			FROM claims c JOIN entities e ON e.id = c.entity_id JOIN documents d ON d.seq = c.doc
			WHERE c.entity_id IN (`+placeholders(len(entities))+`) ORDER BY c.rowid DESC LIMIT ?`, append(int64Args(entities), limit*4)...)
		if err != nil {
			return nil, fmt.Errorf("search claims: %w", err)
		}
		if err := add(rows); err != nil {
			return nil, fmt.Errorf("search claims: %w", err)
		}
	}
	return out, nil
}

// claimValue writes a claim's value in words: the value, else the figures
// with their unit.
func claimValue(value *string, mn, mx *float64, unit *string) string {
	if value != nil && *value != "" {
		return *value
	}
	num := func(f float64) string { return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".") }
	var s string
	switch {
	case mn != nil && mx != nil && *mn == *mx:
		s = num(*mn)
	case mn != nil && mx != nil:
		s = num(*mn) + "–" + num(*mx)
	case mn != nil:
		s = "at least " + num(*mn)
	case mx != nil:
		s = "at most " + num(*mx)
	}
	if unit != nil && *unit != "" && s != "" {
		s += " " + *unit
	}
	return s
}

func (s *Store) searchEvents(ctx context.Context, fq string, entities []int64, limit int) ([]dossier.EventRecord, error) {
	// the latest stored events that match, and the latest of the entities
	// found: each list limited, so that a common word costs little
	seen := map[int64]bool{}
	var ids []int64
	collect := func(q string, args ...any) error {
		rows, err := s.db.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return err
			}
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		return rows.Err()
	}
	if err := collect(`SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid DESC LIMIT ?`, fq, limit); err != nil {
		return nil, fmt.Errorf("search events: %w", err)
	}
	for _, e := range entities {
		if err := collect(`SELECT id FROM events WHERE perpetrator_id = ? ORDER BY id DESC LIMIT ?`, e, limit); err != nil {
			return nil, fmt.Errorf("search events: %w", err)
		}
	}
	out := []dossier.EventRecord{}
	for _, id := range ids {
		e, err := s.Event(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("search events: %w", err)
		}
		out = append(out, *e)
	}
	// newest first
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Date != out[b].Date {
			return out[a].Date > out[b].Date
		}
		return out[a].ID > out[b].ID
	})
	return out[:min(limit, len(out))], nil
}

// RebuildSearch rebuilds every full-text index from the base tables. The
// triggers keep them current; this repairs a database whose indexes were
// damaged or edited by hand.
func (s *Store) RebuildSearch(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("rebuild search: %w", err)
	}
	defer tx.Rollback()
	for _, q := range []string{
		`INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')`,
		`DELETE FROM entity_names`,
		`INSERT OR IGNORE INTO entity_names(entity_id, name) SELECT id, name FROM entities`,
		`INSERT OR IGNORE INTO entity_names(entity_id, name) SELECT DISTINCT entity_id, alias FROM aliases`,
		`INSERT INTO entity_names_fts(entity_names_fts) VALUES ('rebuild')`,
		`INSERT INTO claims_fts(claims_fts) VALUES ('delete-all')`,
		`INSERT INTO claims_fts(rowid, predicate, value, source) SELECT rowid, replace(predicate, '_', ' '), value, source FROM claims`,
		`INSERT INTO events_fts(events_fts) VALUES ('rebuild')`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("rebuild search: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("rebuild search: %w", err)
	}
	return nil
}

const eventCols = `e.id, e.type, e.subtype, e.date, e.location, e.country, e.admin1, e.lat, e.lon, COALESCE(e.perpetrator_id, 0),
	COALESCE(p.name, e.perpetrator), e.claimed`

// Event returns one merged event with its reports, or dossier.ErrNotFound.
func (s *Store) Event(ctx context.Context, id int64) (*dossier.EventRecord, error) {
	var e dossier.EventRecord
	var lat, lon sql.NullFloat64
	err := s.db.QueryRowContext(ctx, `SELECT `+eventCols+` FROM events e LEFT JOIN entities p ON p.id = e.perpetrator_id WHERE e.id = ?`, id).
		Scan(&e.ID, &e.Type, &e.Subtype, &e.Date, &e.Location, &e.Country, &e.Admin1, &lat, &lon, &e.PerpetratorID, &e.Perpetrator, &e.Claimed)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("event %d: %w", id, dossier.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("event %d: %w", id, err)
	}
	if lat.Valid && lon.Valid {
		e.Lat, e.Lon = &lat.Float64, &lon.Float64
	}
	if err := s.eventReports(ctx, &e); err != nil {
		return nil, err
	}
	return &e, nil
}

// eventWhere is the WHERE clause of an event filter (without its limit).
func eventWhere(f dossier.EventFilter) (string, []any) {
	var where []string
	var args []any
	if f.ActorID != 0 {
		// an event's perpetrator is that of every report naming one:
		// reports naming different perpetrators are different events
		// (resolve.SameEvent), and merging entities moves both
		where = append(where, `e.perpetrator_id = ?`)
		args = append(args, f.ActorID)
	}
	if f.Country != "" {
		where = append(where, `e.country = ?`)
		args = append(args, strings.ToUpper(f.Country))
	}
	if f.Since != "" {
		where = append(where, `e.date != '' AND substr(e.date, 1, length(?)) >= ?`)
		args = append(args, f.Since, f.Since)
	}
	if f.Until != "" {
		where = append(where, `e.date != '' AND substr(e.date, 1, length(?)) <= ?`)
		args = append(args, f.Until, f.Until)
	}
	if f.Type != "" {
		where = append(where, `e.type = ?`)
		args = append(args, f.Type)
	}
	if len(where) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

// CountEvents returns the number of events the filter selects, ignoring
// its Limit and Offset: the total of a paginated listing.
func (s *Store) CountEvents(ctx context.Context, f dossier.EventFilter) (int, error) {
	where, args := eventWhere(f)
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM events e`+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// EventsBrief lists the events the filter selects, oldest first, as Events
// does, in three queries however many there are: for charts and maps. Each
// event's Reports hold only what its figures need: each report's casualty
// figures, document id and publication date, not its text or evidence.
func (s *Store) EventsBrief(ctx context.Context, f dossier.EventFilter) ([]dossier.EventRecord, error) {
	where, args := eventWhere(f)
	page := ""
	if f.Limit > 0 {
		page = fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(0, f.Offset))
	}
	ids, _, err := s.eventIDs(ctx, `SELECT e.id, 0 FROM events e`+where+` ORDER BY e.date, e.id`+page, args)
	if err != nil {
		return nil, err
	}
	return s.eventsBrief(ctx, ids)
}

// LatestEventsBrief returns the latest f.Limit events the filter selects
// (by date; f.Offset is ignored), oldest first and brief as EventsBrief
// lists them, and how many events the filter selects: the events of a
// group's page, with one pass over the group's events.
func (s *Store) LatestEventsBrief(ctx context.Context, f dossier.EventFilter) ([]dossier.EventRecord, int, error) {
	where, args := eventWhere(f)
	limit := ""
	if f.Limit > 0 {
		limit = fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	// the count apart, so that the latest are read in index order (for a
	// perpetrator: events_perpetrator_date backwards) without sorting all
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM events e`+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("events: %w", err)
	}
	ids, _, err := s.eventIDs(ctx, `SELECT e.id, 0 FROM events e`+where+` ORDER BY e.date DESC, e.id DESC`+limit, args)
	if err != nil {
		return nil, 0, err
	}
	for i, j := 0, len(ids)-1; i < j; i, j = i+1, j-1 {
		ids[i], ids[j] = ids[j], ids[i]
	}
	evs, err := s.eventsBrief(ctx, ids)
	return evs, total, err
}

// eventIDs runs q, which selects event ids and a count, and returns them.
func (s *Store) eventIDs(ctx context.Context, q string, args []any) ([]int64, int, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var ids []int64
	total := 0
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id, &total); err != nil {
			return nil, 0, fmt.Errorf("events: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("events: %w", err)
	}
	return ids, total, nil
}

// eventsBrief reads the events of ids, in that order, with their reports'
// figures.
func (s *Store) eventsBrief(ctx context.Context, ids []int64) ([]dossier.EventRecord, error) {
	out := make([]dossier.EventRecord, 0, len(ids))
	idx := make(map[int64]int, len(ids))
	for _, id := range ids {
		idx[id] = len(out)
		out = append(out, dossier.EventRecord{ID: id})
	}
	found := make([]bool, len(ids))
	const batch = 500
	for i := 0; i < len(ids); i += batch {
		part := ids[i:min(i+batch, len(ids))]
		rows, err := s.db.QueryContext(ctx, `SELECT `+eventCols+` FROM events e LEFT JOIN entities p ON p.id = e.perpetrator_id
			WHERE e.id IN (`+placeholders(len(part))+`)`, int64Args(part)...)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		for rows.Next() {
			var e dossier.EventRecord
			var lat, lon sql.NullFloat64
			if err := rows.Scan(&e.ID, &e.Type, &e.Subtype, &e.Date, &e.Location, &e.Country, &e.Admin1, &lat, &lon, &e.PerpetratorID, &e.Perpetrator, &e.Claimed); err != nil {
				rows.Close()
				return nil, fmt.Errorf("events: %w", err)
			}
			if lat.Valid && lon.Valid {
				e.Lat, e.Lon = &lat.Float64, &lon.Float64
			}
			if k, ok := idx[e.ID]; ok {
				out[k], found[k] = e, true
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		rows, err = s.db.QueryContext(ctx, `SELECT r.event_id, r.killed_min, r.killed_max, r.injured_min, r.injured_max, d.id, COALESCE(d.published, '')
			FROM event_reports r JOIN documents d ON d.seq = r.doc WHERE r.event_id IN (`+placeholders(len(part))+`) ORDER BY d.published, d.seq`, int64Args(part)...)
		if err != nil {
			return nil, fmt.Errorf("events: reports: %w", err)
		}
		for rows.Next() {
			var id int64
			var r dossier.EventReport
			var km, kx, im, ix sql.NullFloat64
			if err := rows.Scan(&id, &km, &kx, &im, &ix, &r.DocumentID, &r.Published); err != nil {
				rows.Close()
				return nil, fmt.Errorf("events: reports: %w", err)
			}
			r.KilledMin, r.KilledMax, r.InjuredMin, r.InjuredMax = nullF(km), nullF(kx), nullF(im), nullF(ix)
			if k, ok := idx[id]; ok {
				out[k].Reports = append(out[k].Reports, r)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("events: reports: %w", err)
		}
	}
	// events deleted meanwhile are left out
	kept := out[:0]
	for k := range out {
		if found[k] {
			kept = append(kept, out[k])
		}
	}
	out = kept
	for i := range out {
		assemble.Figures(&out[i])
	}
	return out, nil
}

// EventTypes returns the event types stored, most frequent first.
func (s *Store) EventTypes(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT type FROM events GROUP BY type ORDER BY COUNT(*) DESC, type`)
	if err != nil {
		return nil, fmt.Errorf("event types: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("event types: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// DocumentPage returns at most limit documents from offset, oldest ingest
// first, and the number of documents stored.
func (s *Store) DocumentPage(ctx context.Context, limit, offset int) ([]dossier.DocumentRef, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("documents: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.path, COALESCE(d.title,''), COALESCE(d.published,''), COALESCE(d.source,''),
		COALESCE(d.dateline,''), d.language, COALESCE(d.url,''), COALESCE(d.copy_of,''), d.words,
		(SELECT COUNT(*) FROM mentions m WHERE m.doc = d.seq)
		FROM documents d ORDER BY d.seq LIMIT ? OFFSET ?`, limit, max(0, offset))
	if err != nil {
		return nil, 0, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	out := []dossier.DocumentRef{}
	for rows.Next() {
		var d dossier.DocumentRef
		if err := rows.Scan(&d.ID, &d.Path, &d.Title, &d.Published, &d.Source, &d.Dateline, &d.Language, &d.URL, &d.CopyOf, &d.Words, &d.Mentions); err != nil {
			return nil, 0, fmt.Errorf("documents: %w", err)
		}
		out = append(out, d)
	}
	return out, total, rows.Err()
}

// DocumentLinks ties a stored document's own entities and events to the
// knowledge base's.
type DocumentLinks struct {
	// Entities maps a document entity's local id to its global entity.
	Entities map[string]int64 `json:"entities"`
	// Events maps a document event's local id to the merged event.
	Events map[string]int64 `json:"events"`
}

// DocumentLinks returns the global entities and events of the document
// with the given full id; the maps are empty for an unknown id.
func (s *Store) DocumentLinks(ctx context.Context, id string) (*DocumentLinks, error) {
	out := &DocumentLinks{Entities: map[string]int64{}, Events: map[string]int64{}}
	for _, q := range []struct {
		sql string
		m   map[string]int64
	}{
		{`SELECT local_id, entity_id FROM doc_entities WHERE doc = (SELECT seq FROM documents WHERE id = ?)`, out.Entities},
		{`SELECT local_id, event_id FROM event_reports WHERE doc = (SELECT seq FROM documents WHERE id = ?)`, out.Events},
	} {
		rows, err := s.db.QueryContext(ctx, q.sql, id)
		if err != nil {
			return nil, fmt.Errorf("document links %.12s: %w", id, err)
		}
		for rows.Next() {
			var local string
			var gid int64
			if err := rows.Scan(&local, &gid); err != nil {
				rows.Close()
				return nil, fmt.Errorf("document links %.12s: %w", id, err)
			}
			q.m[local] = gid
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("document links %.12s: %w", id, err)
		}
	}
	return out, nil
}

// EntityNames returns every name of each of the given entities (its own
// name and its aliases, as the search index holds them), in the order they
// were first stored.
func (s *Store) EntityNames(ctx context.Context, ids []int64) (map[int64][]string, error) {
	out := map[int64][]string{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT entity_id, name FROM entity_names WHERE entity_id IN (`+placeholders(len(ids))+`) ORDER BY id`, int64Args(ids)...)
	if err != nil {
		return nil, fmt.Errorf("entity names: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, fmt.Errorf("entity names: %w", err)
		}
		out[id] = append(out[id], name)
	}
	return out, rows.Err()
}

// Version returns a number that grows with every document stored (the
// highest document sequence number): what the store answers changes only
// when it does, so callers may cache answers under it.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var v int64
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM documents`).Scan(&v); err != nil {
		return 0, fmt.Errorf("version: %w", err)
	}
	return v, nil
}
