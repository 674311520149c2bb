// Package sqlite is the embedded Store of dossier: one SQLite file, reached
// through the pure-Go modernc.org/sqlite driver (no cgo), with versioned
// migrations embedded in the binary, WAL and foreign keys on.
//
// Each document is stored in one transaction together with its mentions,
// aliases, claims and the resolution of its entities into the knowledge
// base's entities: a document is stored whole or not at all.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"dossier"
	"dossier/extract"
	"dossier/resolve"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a dossier.Store on an SQLite database.
type Store struct {
	db  *sql.DB
	res *resolve.Resolver
	// stmts holds the statements of hotSQL, prepared at Open.
	stmts map[string]*sql.Stmt
	// Now returns the current time; tests may replace it.
	Now func() time.Time
}

var _ dossier.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and applies pending
// migrations. The path ":memory:" opens a private in-memory database.
func Open(ctx context.Context, path string, res *resolve.Resolver) (*Store, error) {
	// A 64 MB page cache and memory-mapped reads keep lookups in indexes off
	// system calls as the database grows; both are bounded.
	dsn := "file:" + path + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" +
		"&_pragma=cache_size(-65536)&_pragma=mmap_size(268435456)&_pragma=temp_store(MEMORY)&_txlock=immediate"
	if path == ":memory:" {
		dsn = "file::memory:?_pragma=foreign_keys(1)&_txlock=immediate"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// One connection: SQLite has one writer, and an in-memory database
	// lives in its connection.
	db.SetMaxOpenConns(1)
	if res == nil {
		res = resolve.New()
	}
	s := &Store{db: db, res: res, Now: time.Now}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := s.prepare(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	for _, st := range s.stmts {
		st.Close()
	}
	return s.db.Close()
}

// stmt returns the statement for q inside tx: the one prepared at Open
// when q is one of the store's frequent statements, else q prepared in tx.
// (Preparing on the DB while a transaction holds its single connection
// would wait forever.)
func (s *Store) stmt(ctx context.Context, tx *sql.Tx, q string) (*sql.Stmt, error) {
	if st, ok := s.stmts[q]; ok {
		return tx.StmtContext(ctx, st), nil
	}
	st, err := tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	return st, nil
}

// prepare prepares the statements every Put runs, once.
func (s *Store) prepare(ctx context.Context) error {
	s.stmts = map[string]*sql.Stmt{}
	for _, q := range append(hotSQL, nearSQL) {
		st, err := s.db.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare %q: %w", q, err)
		}
		s.stmts[q] = st
	}
	return nil
}

// exec runs q with args in tx through the statement cache.
func (s *Store) exec(ctx context.Context, tx *sql.Tx, q string, args ...any) (sql.Result, error) {
	st, err := s.stmt(ctx, tx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// migrate applies the embedded migrations not yet applied, in order, each in
// its own transaction.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var cur int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&cur); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migrate: bad migration name %s", name)
		}
		if v <= cur {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied_at) VALUES(?, ?)`, v, s.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s: %w", base, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate %s: %w", base, err)
		}
	}
	return nil
}

// SchemaVersion returns the highest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// HasDocument implements dossier.Store.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents WHERE id = ?`, id).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("has document %s: %w", id, err)
	}
	return n > 0, nil
}

// Put implements dossier.Store: the document, its entities resolved into
// the knowledge base, its aliases, mentions, relations and claims, in one
// transaction.
func (s *Store) Put(ctx context.Context, x *dossier.Extraction) (res dossier.PutResult, err error) {
	doc := &x.Document
	if doc.ID == "" || doc.ID != dossier.TextID(doc.Text) {
		return res, fmt.Errorf("put %s: %w: document id is not the hash of its text", doc.Path, dossier.ErrInvalid)
	}
	res.DocumentID = doc.ID
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("put %s: begin: %w", doc.Path, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	var n int
	if err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM documents WHERE id = ?`, doc.ID).Scan(&n); err != nil {
		return res, fmt.Errorf("put %s: %w", doc.Path, err)
	}
	if n > 0 {
		tx.Rollback()
		return res, nil
	}
	if err = s.putDocument(ctx, tx, x); err != nil {
		return res, fmt.Errorf("put %s: %w", doc.Path, err)
	}
	if err = tx.Commit(); err != nil {
		return res, fmt.Errorf("put %s: commit: %w", doc.Path, err)
	}
	res.Added = true
	return res, nil
}

func (s *Store) putDocument(ctx context.Context, tx *sql.Tx, x *dossier.Extraction) error {
	doc := &x.Document
	js, err := json.Marshal(x)
	if err != nil {
		return err
	}
	var seq int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM documents`).Scan(&seq); err != nil {
		return err
	}
	var copyOf any
	if doc.CopyOf != "" {
		copyOf = doc.CopyOf
	}
	now := s.Now().UTC().Format(time.RFC3339)
	if _, err := s.exec(ctx, tx, `INSERT INTO documents(id, seq, path, url, title, published, source, dateline, language, format, text, words, copy_of, copy_similarity, signature, extraction, ingested_at)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		doc.ID, seq, doc.Path, doc.URL, doc.Title, doc.Published, doc.Source, doc.Dateline, doc.Language, doc.Format, doc.Text,
		len(strings.Fields(doc.Text)), copyOf, doc.CopySimilarity, encodeSig(doc.Signature), string(js), now); err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	if err := s.putBands(ctx, tx, doc); err != nil {
		return err
	}
	global := map[string]int64{} // local entity id → global id
	for i := range x.Entities {
		e := &x.Entities[i]
		gid, err := s.resolveEntity(ctx, tx, doc, e, now)
		if err != nil {
			return fmt.Errorf("entity %s %q: %w", e.ID, e.Name, err)
		}
		global[e.ID] = gid
	}
	// a later entity of this document may have merged the global entity an
	// earlier one resolved to: read the resolution back
	if err := s.refreshGlobal(ctx, tx, doc.ID, global); err != nil {
		return err
	}
	for i := range x.Entities {
		e := &x.Entities[i]
		gid := global[e.ID]
		if err := s.putEntityFacts(ctx, tx, x, e, gid, global); err != nil {
			return fmt.Errorf("entity %s %q: %w", e.ID, e.Name, err)
		}
	}
	byName := map[string]string{} // local entity name → local id
	for _, e := range x.Entities {
		byName[e.Name] = e.ID
	}
	for _, c := range x.Claims {
		gid, ok := global[c.SubjectEntity]
		if !ok {
			continue
		}
		// a claim whose value is another entity of the document also links
		// the two: the dossier's related entities
		if c.Value != nil && relationPredicates[c.Predicate] {
			if oid, ok := global[byName[*c.Value]]; ok && oid != gid {
				how := c.Hedge
				if c.Source != nil {
					how += ", according to " + *c.Source
				}
				if _, err := s.exec(ctx, tx, `INSERT INTO relations(entity_id, predicate, object_id, object_name, document_id, how, ev_start, ev_end) VALUES(?,?,?,?,?,?,?,?)`,
					gid, c.Predicate, oid, *c.Value, doc.ID, how, c.Evidence.Start, c.Evidence.End); err != nil {
					return fmt.Errorf("insert relation: %w", err)
				}
			}
		}
		if _, err := s.exec(ctx, tx, `INSERT INTO claims(entity_id, document_id, predicate, value, min, max, unit, time, source, hedge, ev_start, ev_end) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)`,
			gid, doc.ID, c.Predicate, c.Value, c.Min, c.Max, c.Unit, c.Time, c.Source, c.Hedge, c.Evidence.Start, c.Evidence.End); err != nil {
			return fmt.Errorf("insert claim: %w", err)
		}
	}
	return s.putEvents(ctx, tx, x, global)
}

// refreshGlobal reads the global entity of each entity of a document.
func (s *Store) refreshGlobal(ctx context.Context, tx *sql.Tx, docID string, global map[string]int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT local_id, entity_id FROM doc_entities WHERE document_id = ?`, docID)
	if err != nil {
		return fmt.Errorf("refresh entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var local string
		var gid int64
		if err := rows.Scan(&local, &gid); err != nil {
			return err
		}
		global[local] = gid
	}
	return rows.Err()
}

// relationPredicates are the claim predicates whose value can be another
// entity.
var relationPredicates = map[string]bool{
	"leader": true, "affiliated_with": true, "rival_of": true, "operates_in": true,
	"controls": true, "formed_from": true,
}

// resolveEntity finds or creates the global entity of a document entity,
// joining global entities the document shows to be one.
func (s *Store) resolveEntity(ctx context.Context, tx *sql.Tx, doc *dossier.Document, e *dossier.Entity, now string) (int64, error) {
	id := s.res.Identify(e)
	cands, err := s.candidates(ctx, tx, id)
	if err != nil {
		return 0, err
	}
	var accepted []resolve.Candidate
	var reasons []string
	for _, c := range cands {
		if ok, why := s.res.Accept(id, c); ok {
			accepted = append(accepted, c)
			reasons = append(reasons, why)
		}
	}
	var gid int64
	if len(accepted) == 0 {
		var country any
		var lat, lon any
		if e.Country != nil {
			country = *e.Country
		}
		if e.Lat != nil && e.Lon != nil {
			lat, lon = *e.Lat, *e.Lon
		}
		r, err := s.exec(ctx, tx, `INSERT INTO entities(name, type, actor, country, lat, lon, admin1) VALUES(?,?,?,?,?,?,?)`,
			id.Name, string(id.Type), id.Actor, country, lat, lon, e.Admin1)
		if err != nil {
			return 0, fmt.Errorf("insert entity: %w", err)
		}
		gid, _ = r.LastInsertId()
		if err := s.linkActor(ctx, tx, gid, id.Actor); err != nil {
			return 0, err
		}
	} else {
		gid = accepted[0].ID
		if extract.Key(accepted[0].Name) != extract.Key(e.Name) {
			if _, err := s.exec(ctx, tx, `INSERT INTO merges(into_id, from_name, reason, document_id, at) VALUES(?,?,?,?,?)`,
				gid, e.Name, fmt.Sprintf("%q in %s %s", e.Name, docLabel(doc), reasons[0]), doc.ID, now); err != nil {
				return 0, err
			}
		}
		for k, c := range accepted[1:] {
			if c.ID == gid {
				continue
			}
			why := fmt.Sprintf("%s names %q and %q as one entity (%s; %s)", docLabel(doc), accepted[0].Name, c.Name, reasons[0], reasons[k+1])
			if err := s.mergeEntities(ctx, tx, gid, c, why, doc.ID, now); err != nil {
				return 0, err
			}
		}
		if id.Actor != "" {
			r, err := s.exec(ctx, tx, `UPDATE entities SET actor = ?, name = ? WHERE id = ? AND actor = ''`, id.Actor, id.Actor, gid)
			if err != nil {
				return 0, err
			}
			if n, _ := r.RowsAffected(); n > 0 {
				if err := s.linkActor(ctx, tx, gid, id.Actor); err != nil {
					return 0, err
				}
			}
		}
		if e.Country != nil && e.Lat != nil {
			if _, err := s.exec(ctx, tx, `UPDATE entities SET country = ?, lat = ?, lon = ?, admin1 = ? WHERE id = ? AND lat IS NULL`, *e.Country, *e.Lat, *e.Lon, e.Admin1, gid); err != nil {
				return 0, err
			}
		}
	}
	for _, k := range id.Keys {
		if _, err := s.exec(ctx, tx, `INSERT OR IGNORE INTO entity_keys(key, entity_id) VALUES(?, ?)`, k, gid); err != nil {
			return 0, err
		}
	}
	if _, err := s.exec(ctx, tx, `INSERT INTO doc_entities(document_id, local_id, entity_id, name) VALUES(?,?,?,?)`, doc.ID, e.ID, gid, e.Name); err != nil {
		return 0, err
	}
	return gid, nil
}

// linkActor points the relations naming a known actor that had no entity
// yet (a branch stored before its parent) to the entity gid that now is
// that actor.
func (s *Store) linkActor(ctx context.Context, tx *sql.Tx, gid int64, actor string) error {
	if actor == "" {
		return nil
	}
	_, err := s.exec(ctx, tx, `UPDATE relations SET object_id = ? WHERE object_id IS NULL AND object_name = ?`, gid, actor)
	return err
}

func docLabel(doc *dossier.Document) string {
	if doc.Title != nil && *doc.Title != "" {
		return fmt.Sprintf("document %.12s (%q)", doc.ID, *doc.Title)
	}
	return fmt.Sprintf("document %.12s (%s)", doc.ID, doc.Path)
}

// candidates returns the global entities of the same type sharing a key
// with id, oldest first.
func (s *Store) candidates(ctx context.Context, tx *sql.Tx, id resolve.Identity) ([]resolve.Candidate, error) {
	st, err := s.stmt(ctx, tx, `SELECT e.id, e.name, e.actor FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ? AND e.type = ?`)
	if err != nil {
		return nil, err
	}
	seen := map[int64]bool{}
	var out []resolve.Candidate
	for _, k := range id.Keys {
		rows, err := st.QueryContext(ctx, k, string(id.Type))
		if err != nil {
			return nil, fmt.Errorf("candidates: %w", err)
		}
		for rows.Next() {
			c := resolve.Candidate{Type: id.Type, Key: k}
			if err := rows.Scan(&c.ID, &c.Name, &c.Actor); err != nil {
				rows.Close()
				return nil, err
			}
			if !seen[c.ID] {
				seen[c.ID] = true
				out = append(out, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out, nil
}

// mergeEntities moves everything of entity from into entity into and
// records why.
func (s *Store) mergeEntities(ctx context.Context, tx *sql.Tx, into int64, from resolve.Candidate, why, docID, now string) error {
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`INSERT OR IGNORE INTO entity_keys(key, entity_id) SELECT key, ? FROM entity_keys WHERE entity_id = ?`, []any{into, from.ID}},
		{`DELETE FROM entity_keys WHERE entity_id = ?`, []any{from.ID}},
		{`UPDATE doc_entities SET entity_id = ? WHERE entity_id = ?`, []any{into, from.ID}},
		{`UPDATE aliases SET entity_id = ? WHERE entity_id = ?`, []any{into, from.ID}},
		{`UPDATE mentions SET entity_id = ? WHERE entity_id = ?`, []any{into, from.ID}},
		{`UPDATE relations SET entity_id = ? WHERE entity_id = ?`, []any{into, from.ID}},
		{`UPDATE relations SET object_id = ? WHERE object_id = ?`, []any{into, from.ID}},
		{`UPDATE claims SET entity_id = ? WHERE entity_id = ?`, []any{into, from.ID}},
		{`UPDATE events SET perpetrator_id = ? WHERE perpetrator_id = ?`, []any{into, from.ID}},
		{`UPDATE event_reports SET perpetrator_id = ? WHERE perpetrator_id = ?`, []any{into, from.ID}},
		{`UPDATE merges SET into_id = ? WHERE into_id = ?`, []any{into, from.ID}},
		{`INSERT INTO merges(into_id, from_name, reason, document_id, at) VALUES(?,?,?,?,?)`, []any{into, from.Name, why, docID, now}},
		{`DELETE FROM entities WHERE id = ?`, []any{from.ID}},
	} {
		if _, err := s.exec(ctx, tx, q.sql, q.args...); err != nil {
			return fmt.Errorf("merge %d into %d: %w", from.ID, into, err)
		}
	}
	return nil
}

// putEntityFacts stores a document entity's aliases, mentions and
// relations under its global entity.
func (s *Store) putEntityFacts(ctx context.Context, tx *sql.Tx, x *dossier.Extraction, e *dossier.Entity, gid int64, global map[string]int64) error {
	doc := &x.Document
	if len(e.Mentions) > 0 {
		ev := x.SentenceOf(e.Mentions[0].Start)
		if _, err := s.exec(ctx, tx, `INSERT INTO aliases(entity_id, document_id, alias, how, ev_start, ev_end) VALUES(?,?,?,?,?,?)`,
			gid, doc.ID, e.Name, "name", ev.Start, ev.End); err != nil {
			return err
		}
	}
	for _, a := range e.AliasEvidence {
		if a.Alias == e.Name {
			continue
		}
		if _, err := s.exec(ctx, tx, `INSERT INTO aliases(entity_id, document_id, alias, how, ev_start, ev_end) VALUES(?,?,?,?,?,?)`,
			gid, doc.ID, a.Alias, a.How, a.Evidence.Start, a.Evidence.End); err != nil {
			return err
		}
	}
	for _, m := range e.Mentions {
		if _, err := s.exec(ctx, tx, `INSERT INTO mentions(entity_id, document_id, start, end_, text, ref) VALUES(?,?,?,?,?,?)`,
			gid, doc.ID, m.Start, m.End, m.Text, m.Ref); err != nil {
			return err
		}
	}
	for _, r := range e.Relations {
		var obj any
		if id, ok := global[r.ObjectID]; ok {
			obj = id
		}
		if _, err := s.exec(ctx, tx, `INSERT INTO relations(entity_id, predicate, object_id, object_name, document_id, how, ev_start, ev_end) VALUES(?,?,?,?,?,?,?,?)`,
			gid, r.Predicate, obj, r.Object, doc.ID, "stated", r.Evidence.Start, r.Evidence.End); err != nil {
			return err
		}
	}
	// the parent group from built-in knowledge, with the sentence that
	// names the branch as evidence
	id := s.res.Identify(e)
	if id.Parent != "" && len(e.Mentions) > 0 {
		var obj any
		var pid int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM entities WHERE actor = ? ORDER BY id LIMIT 1`, id.Parent).Scan(&pid)
		if err == nil {
			obj = pid
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		ev := x.SentenceOf(e.Mentions[0].Start)
		if _, err := s.exec(ctx, tx, `INSERT INTO relations(entity_id, predicate, object_id, object_name, document_id, how, ev_start, ev_end) VALUES(?,?,?,?,?,?,?,?)`,
			gid, "parent", obj, id.Parent, doc.ID, "built-in knowledge: "+id.Actor+" is a branch of "+id.Parent, ev.Start, ev.End); err != nil {
			return err
		}
	}
	return nil
}

func encodeSig(sig []uint64) []byte {
	if len(sig) == 0 {
		return nil
	}
	b := make([]byte, 8*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return b
}

func decodeSig(b []byte) []uint64 {
	out := make([]uint64, len(b)/8)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out
}

// hotSQL are the statements of Put, prepared once at Open. TestHotSQL
// checks that every statement the store runs in a transaction is here.
var hotSQL = []string{
	`INSERT INTO events(type, subtype, date, location, location_key, country, admin1, lat, lon, perpetrator_id, perpetrator, claimed)
				VALUES(?,?,?,?,?,?,?,?,?,?,?,?)`,
	`UPDATE events SET
				type = CASE WHEN type = 'attack' THEN ? ELSE type END,
				date = CASE WHEN length(?) > length(date) AND (date = '' OR ? LIKE date || '%') THEN ? ELSE date END,
				perpetrator_id = COALESCE(perpetrator_id, ?), perpetrator = CASE WHEN perpetrator = '' THEN ? ELSE perpetrator END,
				claimed = MAX(claimed, ?), lat = COALESCE(lat, ?), lon = COALESCE(lon, ?),
				country = CASE WHEN country = '' THEN ? ELSE country END, subtype = CASE WHEN subtype = '' THEN ? ELSE subtype END
				WHERE id = ?`,
	`INSERT INTO event_reports(event_id, document_id, local_id, report, killed_min, killed_max, injured_min, injured_max, perpetrator_id)
			VALUES(?,?,?,?,?,?,?,?,?)`,
	`SELECT id, type, date, country, location, lat, lon, COALESCE(perpetrator_id, 0) FROM events WHERE date = '' AND perpetrator_id = ? ORDER BY id`,
	`SELECT id, type, date, country, location, lat, lon, COALESCE(perpetrator_id, 0) FROM events
		WHERE date BETWEEN ? AND ? OR date IN (?, ?) ORDER BY id`,
	`INSERT INTO doc_bands(band, key, document_id) VALUES(?,?,?)`,
	`INSERT INTO documents(id, seq, path, url, title, published, source, dateline, language, format, text, words, copy_of, copy_similarity, signature, extraction, ingested_at)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	`INSERT INTO relations(entity_id, predicate, object_id, object_name, document_id, how, ev_start, ev_end) VALUES(?,?,?,?,?,?,?,?)`,
	`INSERT INTO claims(entity_id, document_id, predicate, value, min, max, unit, time, source, hedge, ev_start, ev_end) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)`,
	`INSERT INTO entities(name, type, actor, country, lat, lon, admin1) VALUES(?,?,?,?,?,?,?)`,
	`INSERT INTO merges(into_id, from_name, reason, document_id, at) VALUES(?,?,?,?,?)`,
	`UPDATE entities SET actor = ?, name = ? WHERE id = ? AND actor = ''`,
	`UPDATE entities SET country = ?, lat = ?, lon = ?, admin1 = ? WHERE id = ? AND lat IS NULL`,
	`INSERT OR IGNORE INTO entity_keys(key, entity_id) VALUES(?, ?)`,
	`INSERT INTO doc_entities(document_id, local_id, entity_id, name) VALUES(?,?,?,?)`,
	`UPDATE relations SET object_id = ? WHERE object_id IS NULL AND object_name = ?`,
	`SELECT e.id, e.name, e.actor FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ? AND e.type = ?`,
	`INSERT INTO aliases(entity_id, document_id, alias, how, ev_start, ev_end) VALUES(?,?,?,?,?,?)`,
	`INSERT INTO mentions(entity_id, document_id, start, end_, text, ref) VALUES(?,?,?,?,?,?)`,
}
