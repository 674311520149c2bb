// Package postgres is the Store of dossier on a PostgreSQL server, for a
// knowledge base that outgrows one machine or is fed by several ingest
// processes at once. It keeps the same knowledge base as the sqlite
// package, with the same semantics (see dossier.Store); the rules both
// share beyond SQL live in package assemble.
//
// Each document is stored in one transaction together with its mentions,
// aliases, claims, events and the resolution of its entities into the
// knowledge base's entities: a document is stored whole or not at all.
// Writers to one knowledge base take a transaction-scoped advisory lock
// for the resolution, so that two processes storing documents at once
// never create two global entities for one group. Readers never wait.
//
// The schema is created and upgraded by versioned migrations embedded in
// the binary. A knowledge base lives in the first schema of the
// connection's search_path (public by default; add
// ?search_path=name to the URL to keep several in one database).
package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	// pgx's own interface and pool rather than database/sql: a document's
	// rows go to the server in one batch (one round trip instead of one
	// per mention), arrays and jsonb bind without adapters, and the pool
	// prepares and caches every statement by itself.
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"dossier"
	"dossier/assemble"
	"dossier/extract"
	"dossier/resolve"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Advisory lock keys (the first of the two-key form; the second is the
// hash of the knowledge base's schema, so that knowledge bases in other
// schemas of the database do not wait for each other).
const (
	lockMigrate int32 = 0x646f7301 // "dos" 1
	lockPut     int32 = 0x646f7302
)

// Store is a dossier.Store on a PostgreSQL database. It is safe for
// concurrent use, and several Stores (in several processes) may write to
// one knowledge base at once.
type Store struct {
	pool *pgxpool.Pool
	res  *resolve.Resolver
	// Now returns the current time; tests may replace it.
	Now func() time.Time
}

var (
	_ dossier.Store          = (*Store)(nil)
	_ dossier.EventStore     = (*Store)(nil)
	_ dossier.NearCopyFinder = (*Store)(nil)
)

// Open connects to the server at url (a postgres:// URL or a key=value
// connection string, as libpq takes), creates or upgrades the schema, and
// returns the store. A nil resolver means resolve.New().
func Open(ctx context.Context, url string, res *resolve.Resolver) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres %s: %w", cfg.ConnConfig.Host, err)
	}
	if res == nil {
		res = resolve.New()
	}
	s := &Store{pool: pool, res: res, Now: time.Now}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres %s/%s: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Database, err)
	}
	return s, nil
}

// Close closes the store's connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// lock takes a transaction-scoped advisory lock on this knowledge base.
func lock(ctx context.Context, tx pgx.Tx, key int32) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, key); err != nil {
		return fmt.Errorf("advisory lock: %w", err)
	}
	return nil
}

// migrate applies the embedded migrations not yet applied, in order, each
// in its own transaction under an advisory lock, so that processes
// opening a new knowledge base at once apply each migration once.
func (s *Store) migrate(ctx context.Context) error {
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
		body, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		if err := s.apply(ctx, v, string(body)); err != nil {
			return fmt.Errorf("migrate %s: %w", base, err)
		}
	}
	return nil
}

// apply runs one migration unless it is applied already.
func (s *Store) apply(ctx context.Context, version int, body string) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if err := lock(ctx, tx, lockMigrate); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)`); err != nil {
			return err
		}
		var cur int
		if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&cur); err != nil {
			return err
		}
		if version <= cur {
			return nil
		}
		if _, err := tx.Exec(ctx, body); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO schema_migrations(version, applied_at) VALUES($1, $2)`, version, s.Now().UTC())
		return err
	})
}

// SchemaVersion returns the highest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.pool.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}

// HasDocument implements dossier.Store.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	var ok bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS(SELECT 1 FROM documents WHERE id = $1)`, id).Scan(&ok); err != nil {
		return false, fmt.Errorf("has document %s: %w", id, err)
	}
	return ok, nil
}

// Put implements dossier.Store: the document, its entities resolved into
// the knowledge base, its aliases, mentions, relations, claims and events,
// in one transaction. Once every row is written, Put commits even if ctx
// is cancelled meanwhile, so that a Put that reports success has stored
// the document and one that reports an error has stored nothing.
func (s *Store) Put(ctx context.Context, x *dossier.Extraction) (res dossier.PutResult, err error) {
	if err := check(x); err != nil {
		return res, err
	}
	doc := &x.Document
	res.DocumentID = doc.ID
	if ok, err := s.HasDocument(ctx, doc.ID); err != nil || ok {
		return res, err
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return res, fmt.Errorf("put %s: begin: %w", doc.Path, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback(context.WithoutCancel(ctx))
		}
	}()
	// one writer at a time resolves entities and events: resolution reads
	// and rewrites the shared entity graph (a merge touches entities no key
	// of this document names), so a finer lock would have to know the
	// merges before making them.
	if err = lock(ctx, tx, lockPut); err != nil {
		return res, fmt.Errorf("put %s: %w", doc.Path, err)
	}
	added, err := s.putDocument(ctx, tx, x)
	if err != nil {
		return res, fmt.Errorf("put %s: %w", doc.Path, err)
	}
	if !added {
		// another writer stored it since HasDocument
		err = tx.Rollback(ctx)
		return res, err
	}
	if err = ctx.Err(); err != nil {
		return res, fmt.Errorf("put %s: %w", doc.Path, err)
	}
	if err = tx.Commit(context.WithoutCancel(ctx)); err != nil {
		return res, fmt.Errorf("put %s: commit: %w", doc.Path, err)
	}
	res.Added = true
	return res, nil
}

// putDocument writes the document and everything of it; false when the
// document was stored already.
func (s *Store) putDocument(ctx context.Context, tx pgx.Tx, x *dossier.Extraction) (bool, error) {
	doc := &x.Document
	js, err := json.Marshal(x)
	if err != nil {
		return false, err
	}
	var copyOf *string
	if doc.CopyOf != "" {
		copyOf = &doc.CopyOf
	}
	mentions := 0
	for _, e := range x.Entities {
		mentions += len(e.Mentions)
	}
	now := s.Now().UTC()
	tag, err := tx.Exec(ctx, `INSERT INTO documents(id, path, url, title, published, source, dateline, language, format, text, words, mentions,
		copy_of, copy_similarity, signature, extraction, ingested_at)
		VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17) ON CONFLICT (id) DO NOTHING`,
		doc.ID, doc.Path, doc.URL, doc.Title, doc.Published, doc.Source, doc.Dateline, doc.Language, doc.Format, doc.Text,
		assemble.Words(doc.Text), mentions, copyOf, doc.CopySimilarity, assemble.EncodeSignature(doc.Signature), string(js), now)
	if err != nil {
		return false, fmt.Errorf("insert document: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return false, nil
	}
	global := map[string]int64{} // local entity id → global id
	for i := range x.Entities {
		e := &x.Entities[i]
		gid, err := s.resolveEntity(ctx, tx, doc, e, now)
		if err != nil {
			return false, fmt.Errorf("entity %s %q: %w", e.ID, e.Name, err)
		}
		global[e.ID] = gid
	}
	// a later entity of this document may have merged the global entity an
	// earlier one resolved to: read the resolution back
	if err := s.refreshGlobal(ctx, tx, doc.ID, global); err != nil {
		return false, err
	}
	if err := s.putFacts(ctx, tx, x, global); err != nil {
		return false, err
	}
	if err := s.putEvents(ctx, tx, x, global); err != nil {
		return false, err
	}
	return true, nil
}

// refreshGlobal reads the global entity of each entity of a document.
func (s *Store) refreshGlobal(ctx context.Context, tx pgx.Tx, docID string, global map[string]int64) error {
	rows, err := tx.Query(ctx, `SELECT local_id, entity_id FROM doc_entities WHERE document_id = $1`, docID)
	if err != nil {
		return fmt.Errorf("refresh entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var local string
		var gid int64
		if err := rows.Scan(&local, &gid); err != nil {
			return fmt.Errorf("refresh entities: %w", err)
		}
		global[local] = gid
	}
	return rows.Err()
}

const insertRelation = `INSERT INTO relations(entity_id, predicate, object_id, object_name, document_id, how, ev_start, ev_end, ev_text)
	VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9)`

// putFacts writes, in one round trip, the band keys of the document and
// its entities' aliases, mentions and relations, then its claims.
func (s *Store) putFacts(ctx context.Context, tx pgx.Tx, x *dossier.Extraction, global map[string]int64) error {
	doc := &x.Document
	text := doc.Text
	b := &pgx.Batch{}
	putBands(b, doc)
	for i := range x.Entities {
		e := &x.Entities[i]
		gid := global[e.ID]
		for _, a := range assemble.Aliases(x, e) {
			b.Queue(`INSERT INTO aliases(entity_id, document_id, alias, how, ev_start, ev_end, ev_text) VALUES($1,$2,$3,$4,$5,$6,$7)`,
				gid, doc.ID, a.Name, a.How, a.Evidence.Start, a.Evidence.End, assemble.Cut(text, a.Evidence.Start, a.Evidence.End))
		}
		for _, m := range e.Mentions {
			b.Queue(`INSERT INTO mentions(entity_id, document_id, start_off, end_off, text, ref) VALUES($1,$2,$3,$4,$5,$6)`,
				gid, doc.ID, m.Start, m.End, m.Text, m.Ref)
		}
		for _, r := range assemble.EntityRelations(x, e, s.res.Identify(e)) {
			ev := r.Evidence
			if r.ObjectActor != "" {
				// the parent group may be stored already, or later (see
				// linkActor)
				b.Queue(`INSERT INTO relations(entity_id, predicate, object_id, object_name, document_id, how, ev_start, ev_end, ev_text)
					VALUES($1,$2,(SELECT id FROM entities WHERE actor = $3 ORDER BY id LIMIT 1),$4,$5,$6,$7,$8,$9)`,
					gid, r.Predicate, r.ObjectActor, r.Object, doc.ID, r.How, ev.Start, ev.End, assemble.Cut(text, ev.Start, ev.End))
				continue
			}
			var obj *int64
			if id, ok := global[r.ObjectLocal]; ok {
				obj = &id
			}
			b.Queue(insertRelation, gid, r.Predicate, obj, r.Object, doc.ID, r.How, ev.Start, ev.End, assemble.Cut(text, ev.Start, ev.End))
		}
	}
	byName := assemble.LocalNames(x)
	for _, c := range x.Claims {
		gid, ok := global[c.SubjectEntity]
		if !ok {
			continue
		}
		ev := c.Evidence
		evText := assemble.Cut(text, ev.Start, ev.End)
		if r, ok := assemble.ClaimRelation(c, byName); ok {
			if oid, ok := global[r.ObjectLocal]; ok && oid != gid {
				b.Queue(insertRelation, gid, r.Predicate, oid, r.Object, doc.ID, r.How, ev.Start, ev.End, evText)
			}
		}
		b.Queue(`INSERT INTO claims(entity_id, document_id, predicate, value, min, max, unit, time, source, hedge, ev_start, ev_end, ev_text)
			VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
			gid, doc.ID, c.Predicate, c.Value, c.Min, c.Max, c.Unit, c.Time, c.Source, c.Hedge, ev.Start, ev.End, evText)
	}
	if b.Len() == 0 {
		return nil
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("insert facts: %w", err)
	}
	return nil
}

// resolveEntity finds or creates the global entity of a document entity,
// joining global entities the document shows to be one.
func (s *Store) resolveEntity(ctx context.Context, tx pgx.Tx, doc *dossier.Document, e *dossier.Entity, now time.Time) (int64, error) {
	id := s.res.Identify(e)
	cands, err := s.candidates(ctx, tx, id)
	if err != nil {
		return 0, err
	}
	accepted, reasons := s.res.Accepted(id, cands)
	var gid int64
	if len(accepted) == 0 {
		var lat, lon *float64
		if e.Lat != nil && e.Lon != nil {
			lat, lon = e.Lat, e.Lon
		}
		if err := tx.QueryRow(ctx, `INSERT INTO entities(name, type, actor, country, lat, lon, admin1) VALUES($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
			id.Name, string(id.Type), id.Actor, e.Country, lat, lon, e.Admin1).Scan(&gid); err != nil {
			return 0, fmt.Errorf("insert entity: %w", err)
		}
		if err := linkActor(ctx, tx, gid, id.Actor); err != nil {
			return 0, err
		}
	} else {
		gid = accepted[0].ID
		if extract.Key(accepted[0].Name) != extract.Key(e.Name) {
			if _, err := tx.Exec(ctx, `INSERT INTO merges(into_id, from_name, reason, document_id, at) VALUES($1,$2,$3,$4,$5)`,
				gid, e.Name, assemble.JoinReason(doc, e.Name, reasons[0]), doc.ID, now); err != nil {
				return 0, fmt.Errorf("insert merge: %w", err)
			}
		}
		for k, c := range accepted[1:] {
			if c.ID == gid {
				continue
			}
			why := assemble.MergeReason(doc, accepted[0].Name, c.Name, reasons[0], reasons[k+1])
			if err := mergeEntities(ctx, tx, gid, c, why, doc.ID, now); err != nil {
				return 0, err
			}
		}
		if id.Actor != "" {
			tag, err := tx.Exec(ctx, `UPDATE entities SET actor = $1, name = $1 WHERE id = $2 AND actor = ''`, id.Actor, gid)
			if err != nil {
				return 0, fmt.Errorf("name entity: %w", err)
			}
			if tag.RowsAffected() > 0 {
				if err := linkActor(ctx, tx, gid, id.Actor); err != nil {
					return 0, err
				}
			}
		}
		if e.Country != nil && e.Lat != nil && e.Lon != nil {
			if _, err := tx.Exec(ctx, `UPDATE entities SET country = $1, lat = $2, lon = $3, admin1 = $4 WHERE id = $5 AND lat IS NULL`,
				*e.Country, *e.Lat, *e.Lon, e.Admin1, gid); err != nil {
				return 0, fmt.Errorf("place entity: %w", err)
			}
		}
	}
	if _, err := tx.Exec(ctx, `INSERT INTO entity_keys(key, entity_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING`, id.Keys, gid); err != nil {
		return 0, fmt.Errorf("insert keys: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO doc_entities(document_id, local_id, entity_id, name) VALUES($1,$2,$3,$4)`, doc.ID, e.ID, gid, e.Name); err != nil {
		return 0, fmt.Errorf("insert document entity: %w", err)
	}
	return gid, nil
}

// linkActor points the relations naming a known actor that had no entity
// yet (a branch stored before its parent) to the entity gid that now is
// that actor.
func linkActor(ctx context.Context, tx pgx.Tx, gid int64, actor string) error {
	if actor == "" {
		return nil
	}
	if _, err := tx.Exec(ctx, `UPDATE relations SET object_id = $1 WHERE object_id IS NULL AND object_name = $2`, gid, actor); err != nil {
		return fmt.Errorf("link actor %s: %w", actor, err)
	}
	return nil
}

// candidates returns the global entities of the same type sharing a key
// with id, oldest first, each with the first of id's keys it shares.
func (s *Store) candidates(ctx context.Context, tx pgx.Tx, id resolve.Identity) ([]resolve.Candidate, error) {
	if len(id.Keys) == 0 {
		return nil, nil
	}
	rows, err := tx.Query(ctx, `SELECT e.id, e.name, e.actor, k.key FROM entity_keys k JOIN entities e ON e.id = k.entity_id
		WHERE k.key = ANY($1::text[]) AND e.type = $2`, id.Keys, string(id.Type))
	if err != nil {
		return nil, fmt.Errorf("candidates: %w", err)
	}
	order := make(map[string]int, len(id.Keys))
	for i, k := range id.Keys {
		if _, ok := order[k]; !ok {
			order[k] = i
		}
	}
	byID := map[int64]int{}
	var out []resolve.Candidate
	for rows.Next() {
		c := resolve.Candidate{Type: id.Type}
		if err := rows.Scan(&c.ID, &c.Name, &c.Actor, &c.Key); err != nil {
			rows.Close()
			return nil, fmt.Errorf("candidates: %w", err)
		}
		if i, ok := byID[c.ID]; ok {
			if order[c.Key] < order[out[i].Key] {
				out[i].Key = c.Key
			}
			continue
		}
		byID[c.ID] = len(out)
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("candidates: %w", err)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out, nil
}

// mergeEntities moves everything of entity from into entity into and
// records why.
func mergeEntities(ctx context.Context, tx pgx.Tx, into int64, from resolve.Candidate, why, docID string, now time.Time) error {
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO entity_keys(key, entity_id) SELECT key, $1 FROM entity_keys WHERE entity_id = $2 ON CONFLICT DO NOTHING`, into, from.ID)
	b.Queue(`DELETE FROM entity_keys WHERE entity_id = $1`, from.ID)
	for _, q := range []string{
		`UPDATE doc_entities SET entity_id = $1 WHERE entity_id = $2`,
		`UPDATE aliases SET entity_id = $1 WHERE entity_id = $2`,
		`UPDATE mentions SET entity_id = $1 WHERE entity_id = $2`,
		`UPDATE relations SET entity_id = $1 WHERE entity_id = $2`,
		`UPDATE relations SET object_id = $1 WHERE object_id = $2`,
		`UPDATE claims SET entity_id = $1 WHERE entity_id = $2`,
		`UPDATE events SET perpetrator_id = $1 WHERE perpetrator_id = $2`,
		`UPDATE event_reports SET perpetrator_id = $1 WHERE perpetrator_id = $2`,
		`UPDATE merges SET into_id = $1 WHERE into_id = $2`,
	} {
		b.Queue(q, into, from.ID)
	}
	b.Queue(`INSERT INTO merges(into_id, from_name, reason, document_id, at) VALUES($1,$2,$3,$4,$5)`, into, from.Name, why, docID, now)
	b.Queue(`DELETE FROM entities WHERE id = $1`, from.ID)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("merge %d into %d: %w", from.ID, into, err)
	}
	return nil
}
