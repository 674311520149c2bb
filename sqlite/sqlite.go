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
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"dossier"
	"dossier/assemble"
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
	// writer is held by a batch from its beginning to its end, and by
	// near-copy lookups outside a batch: the caches below are the
	// writer's, and a batch updates them after its commit.
	writer sync.Mutex
	// keys caches entity resolution for the writer.
	keys keyCache
	// bands holds the band keys of the documents the band table does not
	// have yet.
	bands bandTier
	// version is the database's data_version after this connection's
	// last commit: another value means another connection wrote.
	version int64
	// txStmts holds the statements of the current transaction (there is
	// one at a time: the store has one connection).
	txStmts struct {
		tx    *sql.Tx
		stmts map[string]*sql.Stmt
	}
	// Now returns the current time; tests may replace it.
	Now func() time.Time
	// warmBig replaces WarmBigDocs when set (tests).
	warmBig int
}

var _ dossier.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and applies pending
// migrations. The path ":memory:" opens a private in-memory database.
func Open(ctx context.Context, path string, res *resolve.Resolver) (*Store, error) {
	// A 64 MB page cache keeps the hot index pages in memory; the rest is
	// read through the system's file cache. Memory-mapped reads were 4%
	// faster at ingest but count every page they touch in the process's
	// memory, which then grows with the database up to the map's size.
	// The WAL is copied back into the database every 65536 pages (256 MB
	// of file, not memory): a page written by many transactions between
	// two checkpoints (full-text segments, the ends of each entity's index
	// ranges, band keys of a store of some ten thousand documents) is
	// copied once; at 16384 pages the checkpoints cost twice the CPU.
	// A 256 MB page cache read no fewer pages at ingest than 64 MB.
	dsn := "file:" + path + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" +
		"&_pragma=cache_size(-65536)&_pragma=wal_autocheckpoint(65536)&_pragma=temp_store(MEMORY)&_txlock=immediate"
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
	c := &s.txStmts
	if c.tx != tx {
		c.tx, c.stmts = tx, map[string]*sql.Stmt{}
	}
	if st, ok := c.stmts[q]; ok {
		return st, nil
	}
	var st *sql.Stmt
	if p, ok := s.stmts[q]; ok {
		st = tx.StmtContext(ctx, p)
	} else {
		var err error
		if st, err = tx.PrepareContext(ctx, q); err != nil {
			return nil, fmt.Errorf("prepare: %w", err)
		}
	}
	c.stmts[q] = st
	return st, nil
}

// insertRows runs the INSERT statement head (up to VALUES) for rows of
// ncols values each, laid end to end in vals, several rows a statement.
func (s *Store) insertRows(ctx context.Context, tx *sql.Tx, head string, ncols int, vals []any) error {
	const most = 16 // rows of a statement; 16 × 8 columns stays far below SQLite's limit of variables
	row := "(?" + strings.Repeat(",?", ncols-1) + ")"
	for len(vals) > 0 {
		k := min(most, len(vals)/ncols)
		q := head + " VALUES " + row + strings.Repeat(","+row, k-1)
		if _, err := s.exec(ctx, tx, q, vals[:k*ncols]...); err != nil {
			return err
		}
		vals = vals[k*ncols:]
	}
	return nil
}

// prepare prepares the statements every Put runs, once.
func (s *Store) prepare(ctx context.Context) error {
	s.stmts = map[string]*sql.Stmt{}
	for _, q := range append(append(hotSQL, nearSQL, signaturesSQL), indexSearchSQL...) {
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
	// every migration not applied yet, also one numbered below the newest
	// applied (two branches of development may each add one)
	applied := map[int]bool{}
	rows, err := s.db.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return fmt.Errorf("migrate: %w", err)
		}
		applied[v] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
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
		if applied[v] {
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
// transaction (a batch of one; Begin starts one for many).
func (s *Store) Put(ctx context.Context, x *dossier.Extraction) (dossier.PutResult, error) {
	doc := &x.Document
	b, err := s.begin(ctx)
	if err != nil {
		return dossier.PutResult{}, fmt.Errorf("put %s: %w", doc.Path, err)
	}
	res, err := b.Put(ctx, x)
	if err != nil || !res.Added {
		b.Rollback()
		return res, err
	}
	if err := b.Commit(); err != nil {
		return dossier.PutResult{DocumentID: doc.ID}, fmt.Errorf("put %s: %w", doc.Path, err)
	}
	return res, nil
}

// Pack encodes x as the store keeps it: its JSON without the text, which
// has a column of its own, and without what the store decides at Put
// (whether it is a near-copy, also in columns of its own), compressed.
// Package pipeline calls it in its extraction workers and hands the result
// to Batch.PutPacked, so that the store's single writer does not encode.
func (s *Store) Pack(x *dossier.Extraction) ([]byte, error) {
	bare := *x
	bare.Document.Text = ""
	bare.Document.CopyOf, bare.Document.CopySimilarity = "", 0
	js, err := json.Marshal(&bare)
	if err != nil {
		return nil, fmt.Errorf("document %s: encode: %w", x.Document.ID, err)
	}
	packed, err := packJSON(js)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", x.Document.ID, err)
	}
	return packed, nil
}

// putDocument stores x, its extraction packed as Pack does; packed is
// Pack's result when the caller has it, else nil.
func (s *Store) putDocument(ctx context.Context, tx *sql.Tx, x *dossier.Extraction, packed []byte) error {
	doc := &x.Document
	if packed == nil {
		var err error
		if packed, err = s.Pack(x); err != nil {
			return err
		}
	}
	var seq int64
	st, err := s.stmt(ctx, tx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM documents`)
	if err != nil {
		return err
	}
	if err := st.QueryRowContext(ctx).Scan(&seq); err != nil {
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
		assemble.Words(doc.Text), copyOf, doc.CopySimilarity, nil, packed, now); err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	if err := s.putBands(ctx, tx, doc, seq); err != nil {
		return err
	}
	global := map[string]int64{} // local entity id → global id
	ids := make([]resolve.Identity, len(x.Entities))
	for i := range x.Entities {
		e := &x.Entities[i]
		ids[i] = s.res.Identify(e)
		gid, err := s.resolveEntity(ctx, tx, doc, seq, e, ids[i], now)
		if err != nil {
			return fmt.Errorf("entity %s %q: %w", e.ID, e.Name, err)
		}
		global[e.ID] = gid
	}
	// a later entity of this document may have merged the global entity an
	// earlier one resolved to: read the resolution back
	if err := s.refreshGlobal(ctx, tx, seq, global); err != nil {
		return err
	}
	var rows entityRows
	for i := range x.Entities {
		e := &x.Entities[i]
		gid := global[e.ID]
		if err := s.putEntityFacts(ctx, tx, x, seq, e, ids[i], gid, global, &rows); err != nil {
			return fmt.Errorf("entity %s %q: %w", e.ID, e.Name, err)
		}
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO aliases(entity_id, doc, alias, how, ev_start, ev_end)`, 6, rows.aliases); err != nil {
		return fmt.Errorf("insert aliases: %w", err)
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO mentions(entity_id, doc, start, end_, text, ref)`, 6, rows.mentions); err != nil {
		return fmt.Errorf("insert mentions: %w", err)
	}
	byName := assemble.LocalNames(x)
	var claims []any
	for _, c := range x.Claims {
		gid, ok := global[c.SubjectEntity]
		if !ok {
			continue
		}
		// a claim whose value is another entity of the document also links
		// the two: the dossier's related entities
		if r, ok := assemble.ClaimRelation(c, byName); ok {
			if oid, ok := global[r.ObjectLocal]; ok && oid != gid {
				if err := s.insertRelation(ctx, tx, gid, seq, r, oid); err != nil {
					return err
				}
			}
		}
		claims = append(claims, gid, seq, c.Predicate, c.Value, c.Min, c.Max, c.Unit, c.Time, c.Source, c.Hedge, c.Evidence.Start, c.Evidence.End)
	}
	// the claims in their order, several a statement
	if err := s.insertRows(ctx, tx, `INSERT INTO claims(entity_id, doc, predicate, value, min, max, unit, time, source, hedge, ev_start, ev_end)`, 12, claims); err != nil {
		return fmt.Errorf("insert claims: %w", err)
	}
	if err := s.countEntities(ctx, tx, x, global); err != nil {
		return err
	}
	return s.putEvents(ctx, tx, x, seq, global)
}

// countEntities adds a document to the document and mention counts of its
// global entities (mergeEntities adds those of an entity taken in).
func (s *Store) countEntities(ctx context.Context, tx *sql.Tx, x *dossier.Extraction, global map[string]int64) error {
	mentions := map[int64]int{}
	var order []int64
	for i := range x.Entities {
		gid := global[x.Entities[i].ID]
		if _, ok := mentions[gid]; !ok {
			order = append(order, gid)
		}
		mentions[gid] += len(x.Entities[i].Mentions)
	}
	for _, gid := range order {
		if _, err := s.exec(ctx, tx, `UPDATE entities SET n_docs = n_docs + 1, n_mentions = n_mentions + ? WHERE id = ?`, mentions[gid], gid); err != nil {
			return fmt.Errorf("count entity %d: %w", gid, err)
		}
	}
	return nil
}

// refreshGlobal reads the global entity of each entity of a document
// (the document's seq).
func (s *Store) refreshGlobal(ctx context.Context, tx *sql.Tx, seq int64, global map[string]int64) error {
	st, err := s.stmt(ctx, tx, `SELECT local_id, entity_id FROM doc_entities WHERE doc = ?`)
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(ctx, seq)
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

// resolveEntity finds or creates the global entity of a document entity
// (of the document stored as seq), joining global entities the document
// shows to be one.
func (s *Store) resolveEntity(ctx context.Context, tx *sql.Tx, doc *dossier.Document, seq int64, e *dossier.Entity, id resolve.Identity, now string) (int64, error) {
	cands, err := s.candidates(ctx, tx, id)
	if err != nil {
		return 0, err
	}
	accepted, reasons := s.res.Accepted(id, cands)
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
		if jk := joinKey(gid, e.Name); extract.Key(accepted[0].Name) != extract.Key(e.Name) && !s.keys.joins[jk] {
			if _, err := s.exec(ctx, tx, `INSERT INTO merges(into_id, from_name, reason, document_id, at) SELECT ?1, ?2, ?3, ?4, ?5
				WHERE NOT EXISTS (SELECT 1 FROM merges WHERE into_id = ?1 AND from_name = ?2)`,
				gid, e.Name, assemble.JoinReason(doc, e.Name, reasons[0]), doc.ID, now); err != nil {
				return 0, err
			}
			s.keys.joins[jk] = true
		}
		for k, c := range accepted[1:] {
			if c.ID == gid {
				continue
			}
			why := assemble.MergeReason(doc, accepted[0].Name, c.Name, reasons[0], reasons[k+1])
			if err := s.mergeEntities(ctx, tx, gid, c, why, doc.ID, seq, now); err != nil {
				return 0, err
			}
			s.keys.reset()
		}
		if id.Actor != "" && accepted[0].Actor == "" {
			r, err := s.exec(ctx, tx, `UPDATE entities SET actor = ?, name = ? WHERE id = ? AND actor = ''`, id.Actor, id.Actor, gid)
			if err != nil {
				return 0, err
			}
			if n, _ := r.RowsAffected(); n > 0 {
				s.keys.reset() // renamed
				if err := s.linkActor(ctx, tx, gid, id.Actor); err != nil {
					return 0, err
				}
			}
		}
		if e.Country != nil && e.Lat != nil && !s.keys.located[gid] {
			if _, err := s.exec(ctx, tx, `UPDATE entities SET country = ?, lat = ?, lon = ?, admin1 = ? WHERE id = ? AND lat IS NULL`, *e.Country, *e.Lat, *e.Lon, e.Admin1, gid); err != nil {
				return 0, err
			}
			s.keys.located[gid] = true
		}
	}
	// the keys the entity does not have yet
	keys := make([]any, 0, 2*len(id.Keys))
	name, actor := id.Name, id.Actor
	if len(accepted) > 0 {
		name, actor = accepted[0].Name, accepted[0].Actor
	}
	for _, k := range id.Keys {
		if has, _ := s.keys.has(k, string(id.Type), gid); !has {
			keys = append(keys, k, gid)
			s.keys.addKey(k, string(id.Type), resolve.Candidate{ID: gid, Name: name, Actor: actor})
		}
	}
	if err := s.insertRows(ctx, tx, `INSERT OR IGNORE INTO entity_keys(key, entity_id)`, 2, keys); err != nil {
		return 0, err
	}
	if _, err := s.exec(ctx, tx, `INSERT INTO doc_entities(doc, local_id, entity_id, name) VALUES(?,?,?,?)`, seq, e.ID, gid, e.Name); err != nil {
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

// candidates returns the global entities of the same type sharing a key
// with id, oldest first.
func (s *Store) candidates(ctx context.Context, tx *sql.Tx, id resolve.Identity) ([]resolve.Candidate, error) {
	st, err := s.stmt(ctx, tx, `SELECT e.id, e.name, e.actor FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ? AND e.type = ?`)
	if err != nil {
		return nil, err
	}
	seen := map[int64]bool{}
	var out []resolve.Candidate
	s.keys.full()
	for _, k := range id.Keys {
		ck := cacheKey(k, string(id.Type))
		if cs, ok := s.keys.cands[ck]; ok {
			for _, c := range cs {
				if !seen[c.ID] {
					seen[c.ID] = true
					c.Type, c.Key = id.Type, k
					out = append(out, c)
				}
			}
			continue
		}
		var cached []resolve.Candidate
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
			cached = append(cached, c)
			if !seen[c.ID] {
				seen[c.ID] = true
				out = append(out, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		sort.Slice(cached, func(a, b int) bool { return cached[a].ID < cached[b].ID })
		s.keys.cands[ck] = cached
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out, nil
}

// mergeEntities moves everything of entity from into entity into and
// records why, in the document docID stored as seq.
func (s *Store) mergeEntities(ctx context.Context, tx *sql.Tx, into int64, from resolve.Candidate, why, docID string, seq int64, now string) error {
	for _, q := range []struct {
		sql  string
		args []any
	}{
		// the counts first, while the rows still tell the two apart: the
		// documents of the current one are counted once the whole document
		// is stored (countEntities)
		{`UPDATE entities SET n_mentions = n_mentions + (SELECT n_mentions FROM entities WHERE id = ?2),
			n_docs = n_docs + (SELECT n_docs FROM entities WHERE id = ?2) - (SELECT COUNT(DISTINCT a.doc) FROM doc_entities a
				WHERE a.entity_id = ?2 AND a.doc != ?3 AND EXISTS (SELECT 1 FROM doc_entities b WHERE b.entity_id = ?1 AND b.doc = a.doc))
			WHERE id = ?1`, []any{into, from.ID, seq}},
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

// entityRows are the alias and mention rows of a document's entities,
// stored together, several rows a statement.
type entityRows struct{ aliases, mentions []any }

// putEntityFacts stores a document entity's relations under its global
// entity, and adds its aliases and mentions to rows; seq is the
// document's.
func (s *Store) putEntityFacts(ctx context.Context, tx *sql.Tx, x *dossier.Extraction, seq int64, e *dossier.Entity, id resolve.Identity, gid int64,
	global map[string]int64, rows *entityRows) error {
	for _, a := range assemble.Aliases(x, e) {
		rows.aliases = append(rows.aliases, gid, seq, a.Name, a.How, a.Evidence.Start, a.Evidence.End)
	}
	for _, m := range e.Mentions {
		rows.mentions = append(rows.mentions, gid, seq, m.Start, m.End, m.Text, m.Ref)
	}
	for _, r := range assemble.EntityRelations(x, e, id) {
		var obj any
		switch {
		case r.ObjectLocal != "":
			if oid, ok := global[r.ObjectLocal]; ok {
				obj = oid
			}
		case r.ObjectActor != "":
			// the parent group from built-in knowledge, if stored yet
			st, err := s.stmt(ctx, tx, `SELECT id FROM entities WHERE actor = ? ORDER BY id LIMIT 1`)
			if err != nil {
				return err
			}
			var pid int64
			if err := st.QueryRowContext(ctx, r.ObjectActor).Scan(&pid); err == nil {
				obj = pid
			} else if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		if err := s.insertRelation(ctx, tx, gid, seq, r, obj); err != nil {
			return err
		}
	}
	return nil
}

// insertRelation stores a relation of entity gid in the document stored as
// seq; obj is the object's global entity, or nil when it has none yet.
func (s *Store) insertRelation(ctx context.Context, tx *sql.Tx, gid, seq int64, r assemble.Relation, obj any) error {
	if _, err := s.exec(ctx, tx, `INSERT INTO relations(entity_id, predicate, object_id, object_name, doc, how, ev_start, ev_end) VALUES(?,?,?,?,?,?,?,?)`,
		gid, r.Predicate, obj, r.Object, seq, r.How, r.Evidence.Start, r.Evidence.End); err != nil {
		return fmt.Errorf("insert relation: %w", err)
	}
	return nil
}

// hotSQL are the statements of Put, prepared once at Open. TestHotSQL
// checks that every statement the store runs in a transaction is here.
var hotSQL = []string{
	`SELECT COALESCE(json_extract(r.report, '$.date_text'), ''), COALESCE(d.published, '')
		FROM event_reports r JOIN documents d ON d.seq = r.doc JOIN events e ON e.id = r.event_id
		WHERE r.event_id = ? AND e.date = ''`,
	`UPDATE events SET date = ? WHERE id = ? AND date = ''`,
	`SELECT COALESCE(MAX(seq), 0) + 1 FROM documents`,
	`SELECT local_id, entity_id FROM doc_entities WHERE doc = ?`,
	`SELECT id FROM entities WHERE actor = ? ORDER BY id LIMIT 1`,
	`SELECT COUNT(*) FROM documents WHERE id = ?`,
	insertEventSQL, updateEventSQL, matchUndatedSQL, matchPlacedSQL, matchPerpSQL,
	`INSERT INTO event_reports(event_id, doc, local_id, report, killed_min, killed_max, injured_min, injured_max, perpetrator_id)
			VALUES(?,?,?,?,?,?,?,?,?)`,
	`INSERT INTO documents(id, seq, path, url, title, published, source, dateline, language, format, text, words, copy_of, copy_similarity, signature, extraction, ingested_at)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	`INSERT INTO relations(entity_id, predicate, object_id, object_name, doc, how, ev_start, ev_end) VALUES(?,?,?,?,?,?,?,?)`,
	`INSERT INTO entities(name, type, actor, country, lat, lon, admin1) VALUES(?,?,?,?,?,?,?)`,
	`INSERT INTO merges(into_id, from_name, reason, document_id, at) VALUES(?,?,?,?,?)`,
	`INSERT INTO signatures(seq, document_id, signature) VALUES(?, ?, ?)`,
	`INSERT INTO merges(into_id, from_name, reason, document_id, at) SELECT ?1, ?2, ?3, ?4, ?5
				WHERE NOT EXISTS (SELECT 1 FROM merges WHERE into_id = ?1 AND from_name = ?2)`,
	`UPDATE entities SET n_docs = n_docs + 1, n_mentions = n_mentions + ? WHERE id = ?`,
	`UPDATE entities SET n_mentions = n_mentions + (SELECT n_mentions FROM entities WHERE id = ?2),
			n_docs = n_docs + (SELECT n_docs FROM entities WHERE id = ?2) - (SELECT COUNT(DISTINCT a.doc) FROM doc_entities a
				WHERE a.entity_id = ?2 AND a.doc != ?3 AND EXISTS (SELECT 1 FROM doc_entities b WHERE b.entity_id = ?1 AND b.doc = a.doc))
			WHERE id = ?1`,
	`UPDATE entities SET actor = ?, name = ? WHERE id = ? AND actor = ''`,
	`UPDATE entities SET country = ?, lat = ?, lon = ?, admin1 = ? WHERE id = ? AND lat IS NULL`,
	`INSERT INTO doc_entities(doc, local_id, entity_id, name) VALUES(?,?,?,?)`,
	`UPDATE relations SET object_id = ? WHERE object_id IS NULL AND object_name = ?`,
	`SELECT e.id, e.name, e.actor FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ? AND e.type = ?`,
}
