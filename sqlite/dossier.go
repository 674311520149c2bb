package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"time"

	"dossier"
	"dossier/assemble"
	"dossier/crosscheck"
)

// Limits of a dossier, so that a group named in tens of thousands of
// documents still answers quickly: the documents, mentions and claims
// listed, and the sources shown for each alias, related entity and fact.
// The counts stay exact: GlobalEntity.Documents and Mentions,
// Dossier.ClaimCount, AliasUse.DocumentCount, RelatedEntity.DocumentCount,
// Fact.ClaimCount and SourceCount.
// They are assemble's, shared by every store.
const (
	ListLimit      = assemble.ListLimit
	SourcesPerItem = assemble.SourcesPerItem
)

// FactClaims bounds the claims all the facts of a dossier show together:
// each fact shows SourcesPerItem claims, or fewer (but MinFactClaims) when
// the entity has so many facts that they would show more. An entity with
// 400 strength figures shows 5 claims of each, not 8,000 sentences.
const (
	FactClaims    = 4 * ListLimit
	MinFactClaims = 3
)

// FactsPerPredicate caps the facts a dossier shows of each predicate:
// those with the most independent sources (then claims) of a group with
// thousands of different strength figures, in their order; FactCount
// counts them all, and contradictions are found among all.
const FactsPerPredicate = 100

// claimsPerFact is how many claims each of n facts shows.
func claimsPerFact(n int) int {
	if n == 0 {
		return SourcesPerItem
	}
	return min(SourcesPerItem, max(MinFactClaims, FactClaims/n))
}

// dossierFormat versions the cached dossiers: change it whenever what
// computeDossier answers or how encodeDossier writes it changes, and every
// cached dossier is computed again on its next read.
const dossierFormat = 3

// Dossier implements dossier.Store: the entity's dossier with its facts
// crosschecked over every claim (crosscheck.Stream, which holds a bounded
// summary of each fact rather than the claims) and its lists capped at
// ListLimit, SourcesPerItem and FactsPerPredicate, the counts exact. The dossier is read from
// the dossier cache while the entity's document and mention counts are
// those it was computed at; else it is computed, and cached when no
// document was stored meanwhile.
func (s *Store) Dossier(ctx context.Context, id int64) (*dossier.Dossier, error) {
	g, body, err := s.cachedDossier(ctx, id)
	if err != nil {
		return nil, err
	}
	if body != nil {
		d, err := decodeDossier(body)
		if err == nil {
			d.Entity = g
			return d, nil
		}
		// an unreadable cache entry is computed again
	}
	version, err := s.Version(ctx)
	if err != nil {
		return nil, fmt.Errorf("dossier %d: %w", id, err)
	}
	d, refs, err := s.computeDossier(ctx, g)
	if err != nil {
		return nil, err
	}
	// A store that cannot be written (read-only file, busy) still answers.
	_ = s.cacheDossier(ctx, d, refs, version)
	return d, nil
}

// cachedDossier returns the entity's header with its exact counts and its
// cached dossier when that is valid (nil otherwise), or ErrNotFound.
func (s *Store) cachedDossier(ctx context.Context, id int64) (dossier.GlobalEntity, []byte, error) {
	var g dossier.GlobalEntity
	var typ string
	var country sql.NullString
	var lat, lon sql.NullFloat64
	var format, docs, mentions sql.NullInt64
	var body []byte
	err := s.db.QueryRowContext(ctx, `SELECT e.id, e.name, e.type, e.country, e.lat, e.lon, e.admin1, e.n_docs, e.n_mentions,
		c.format, c.docs, c.mentions, c.body FROM entities e LEFT JOIN dossier_cache c ON c.entity_id = e.id WHERE e.id = ?`, id).
		Scan(&g.ID, &g.Name, &typ, &country, &lat, &lon, &g.Admin1, &g.Documents, &g.Mentions, &format, &docs, &mentions, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return g, nil, fmt.Errorf("dossier %d: %w", id, dossier.ErrNotFound)
	}
	if err != nil {
		return g, nil, fmt.Errorf("dossier %d: %w", id, err)
	}
	g.Type = dossier.EntityType(typ)
	if country.Valid {
		g.Country = &country.String
	}
	if lat.Valid && lon.Valid {
		g.Lat, g.Lon = &lat.Float64, &lon.Float64
	}
	if format.Int64 != dossierFormat || docs.Int64 != int64(g.Documents) || mentions.Int64 != int64(g.Mentions) {
		body = nil
	}
	return g, body, nil
}

// cacheDossier stores a computed dossier with the entities it names, when
// the store is still at version and the entity's counts are those of the
// dossier: a document stored while it was computed may have changed it.
func (s *Store) cacheDossier(ctx context.Context, d *dossier.Dossier, refs []int64, version int64) error {
	body, err := encodeDossier(d)
	if err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	id := d.Entity.ID
	r, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO dossier_cache(entity_id, format, docs, mentions, version, body)
		SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE (SELECT COALESCE(MAX(seq), 0) FROM documents) = ?5
			AND EXISTS (SELECT 1 FROM entities WHERE id = ?1 AND n_docs = ?3 AND n_mentions = ?4)`,
		id, dossierFormat, d.Entity.Documents, d.Entity.Mentions, version, body)
	if err != nil {
		return fmt.Errorf("cache dossier %d: %w", id, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM dossier_refs WHERE entity_id = ?`, id); err != nil {
		return fmt.Errorf("cache dossier %d: %w", id, err)
	}
	for i := 0; i < len(refs); i += 400 {
		part := refs[i:min(i+400, len(refs))]
		args := make([]any, 0, 2*len(part))
		for _, ref := range part {
			args = append(args, id, ref)
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO dossier_refs(entity_id, ref_id) VALUES `+
			strings.TrimSuffix(strings.Repeat("(?,?),", len(part)), ","), args...); err != nil {
			return fmt.Errorf("cache dossier %d: %w", id, err)
		}
	}
	return tx.Commit()
}

// Warm computes and caches the dossiers of the entities named in at least
// minDocs documents that have no valid cached dossier (new, or changed
// since), most documents first, and returns how many it computed. Run
// after an ingest, it makes the first request for a changed dossier as
// quick as the next ones. The changed dossier of an entity named in
// WarmBigDocs documents or more is computed again only once its documents
// grew by WarmGrowth percent since it was cached: until then the first
// request for it computes it (a stale dossier is never served), so that
// an ingest does not compute the biggest dossiers again for a few more
// documents each.
func (s *Store) Warm(ctx context.Context, minDocs int) (int, error) {
	big := s.warmBig
	if big == 0 {
		big = WarmBigDocs
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id FROM entities e LEFT JOIN dossier_cache c ON c.entity_id = e.id
		WHERE e.n_docs >= ?1 AND (c.entity_id IS NULL OR c.format != ?2
			OR (c.docs != e.n_docs OR c.mentions != e.n_mentions) AND (e.n_docs < ?3 OR e.n_docs < c.docs OR e.n_docs * 100 >= c.docs * (100 + ?4)))
		ORDER BY e.n_docs DESC, e.id`, max(minDocs, 1), dossierFormat, big, WarmGrowth)
	if err != nil {
		return 0, fmt.Errorf("warm dossiers: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, fmt.Errorf("warm dossiers: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("warm dossiers: %w", err)
	}
	n := 0
	for i, id := range ids {
		if i > 0 {
			// the dossiers of big groups leave hundreds of megabytes of
			// garbage: collect it before the next, so that memory stays
			// at what one dossier needs
			runtime.GC()
		}
		if _, err := s.Dossier(ctx, id); err != nil {
			if errors.Is(err, dossier.ErrNotFound) {
				continue // merged away meanwhile
			}
			return n, fmt.Errorf("warm dossiers: %w", err)
		}
		n++
	}
	return n, nil
}

// Warm leaves the changed dossiers of entities named in WarmBigDocs
// documents or more to the first request for them until their documents
// grew by WarmGrowth percent.
const (
	WarmBigDocs = 2000
	WarmGrowth  = 5
)

// ClearDossierCache drops every cached dossier: the next request for each
// computes it again.
func (s *Store) ClearDossierCache(ctx context.Context) error {
	for _, q := range []string{`DELETE FROM dossier_cache`, `DELETE FROM dossier_refs`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("clear dossier cache: %w", err)
		}
	}
	return nil
}

// computeDossier computes the dossier of entity g from the rows, and
// returns the other entities it names.
func (s *Store) computeDossier(ctx context.Context, g dossier.GlobalEntity) (*dossier.Dossier, []int64, error) {
	d := &dossier.Dossier{Entity: g, Aliases: []dossier.AliasUse{}, Related: []dossier.RelatedEntity{}, Claims: []dossier.StoredClaim{},
		Facts: []dossier.Fact{}, Conflicts: []dossier.Conflict{}, Documents: []dossier.DocumentRef{}, Mentions: []dossier.SourcedFact{},
		Merges: []dossier.Merge{}}
	refs := map[int64]bool{}
	for _, step := range []func(context.Context, *dossier.Dossier, map[int64]bool) error{
		s.dossierAliases, s.dossierRelated, s.dossierClaims, s.dossierDocuments, s.dossierMentions, s.dossierMerges,
	} {
		if err := step(ctx, d, refs); err != nil {
			return nil, nil, fmt.Errorf("dossier %d: %w", g.ID, err)
		}
	}
	delete(refs, g.ID)
	delete(refs, 0)
	ids := make([]int64, 0, len(refs))
	for id := range refs {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool { return ids[a] < ids[b] })
	return d, ids, nil
}

// group gathers the rows of one item of a dossier (an alias, a related
// entity): the first SourcesPerItem rows, and the number of documents of
// all. Rows given in rowid order come in document order (a document's
// rows are stored together, after those of every earlier document), so
// their documents are counted without keeping them; rows that may come
// out of that order need seen.
type group struct {
	first []int64 // rowids
	docs  int     // documents counted
	last  int64   // the seq of the last document counted
	// seen holds the documents counted, when set: for rows not in
	// document order
	seen map[int64]struct{}
}

func (g *group) add(rowid, doc int64) {
	if len(g.first) < SourcesPerItem {
		g.first = append(g.first, rowid)
	}
	if g.seen != nil {
		if _, ok := g.seen[doc]; !ok {
			g.seen[doc] = struct{}{}
			g.docs++
		}
		return
	}
	if doc != g.last {
		g.docs++
		g.last = doc
	}
}

// dossierAliases reads the names of the entity: the first SourcesPerItem
// uses of each (in the order they were stored, which is the documents'
// order) with their sentences, and the number of documents using each.
// The uses are grouped from the alias rows alone; documents are read for
// the uses shown only.
func (s *Store) dossierAliases(ctx context.Context, d *dossier.Dossier, _ map[int64]bool) error {
	rows, err := s.db.QueryContext(ctx, `SELECT rowid, alias, doc FROM aliases WHERE entity_id = ? ORDER BY rowid`, d.Entity.ID)
	if err != nil {
		return fmt.Errorf("aliases: %w", err)
	}
	groups := map[string]*group{}
	var order []string
	for rows.Next() {
		var rowid, doc int64
		var name sql.RawBytes
		if err := rows.Scan(&rowid, &name, &doc); err != nil {
			rows.Close()
			return fmt.Errorf("aliases: %w", err)
		}
		g, ok := groups[string(name)]
		if !ok {
			g = &group{} // its rows come in rowid order
			groups[string(name)] = g
			order = append(order, string(name))
		}
		g.add(rowid, doc)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("aliases: %w", err)
	}
	var ids []int64
	for _, name := range order {
		ids = append(ids, groups[name].first...)
	}
	uses, err := s.sourcedRows(ctx, `SELECT a.rowid, a.how, d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,''),
		a.ev_start, a.ev_end, `+ev("a.ev")+` FROM aliases a JOIN documents d ON d.seq = a.doc WHERE a.rowid IN (%s)`, ids)
	if err != nil {
		return fmt.Errorf("aliases: %w", err)
	}
	for _, name := range order {
		g := groups[name]
		a := dossier.AliasUse{Name: name, DocumentCount: g.docs, Documents: make([]dossier.SourcedFact, 0, len(g.first))}
		for _, id := range g.first {
			if f, ok := uses[id]; ok {
				a.Documents = append(a.Documents, f)
			}
		}
		d.Aliases = append(d.Aliases, a)
	}
	// The entity's own name first, then by number of documents.
	sort.SliceStable(d.Aliases, func(a, b int) bool {
		x, y := d.Aliases[a], d.Aliases[b]
		if (x.Name == d.Entity.Name) != (y.Name == d.Entity.Name) {
			return x.Name == d.Entity.Name
		}
		return x.DocumentCount > y.DocumentCount
	})
	return nil
}

// sourcedRows runs q, whose %s takes the placeholders of ids and whose
// columns are a rowid and the fields of a SourcedFact (how, document,
// title, path, published, source, evidence start, end and text), for the
// ids in batches, and returns the facts by rowid.
func (s *Store) sourcedRows(ctx context.Context, q string, ids []int64) (map[int64]dossier.SourcedFact, error) {
	out := make(map[int64]dossier.SourcedFact, len(ids))
	for i := 0; i < len(ids); i += 500 {
		part := ids[i:min(i+500, len(ids))]
		rows, err := s.db.QueryContext(ctx, fmt.Sprintf(q, placeholders(len(part))), int64Args(part)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int64
			var f dossier.SourcedFact
			if err := rows.Scan(&id, &f.How, &f.DocumentID, &f.Title, &f.Path, &f.Published, &f.Source, &f.Evidence.Start, &f.Evidence.End, &f.Evidence.Text); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = f
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// dossierRelated reads the entities related to the entity: its relations,
// then the relations of others to it with the predicate turned around,
// grouped by predicate and other entity's name in the order of their first
// row, each with its first SourcesPerItem sources and its number of
// documents. Relations of the entity to itself are left out.
func (s *Store) dossierRelated(ctx context.Context, d *dossier.Dossier, refs map[int64]bool) error {
	type item struct {
		pred, name string
		oid        int64
		group
	}
	var items []*item
	byKey := map[string]*item{}
	names := map[int64]string{}
	// Each query is read twice: once for the other entities it names,
	// whose names are then looked up, and once to group its rows as they
	// come, so that the rows of a group named in tens of thousands of
	// documents are not held.
	for _, q := range []struct {
		ids, sql string
		inv      bool
	}{
		{`SELECT DISTINCT COALESCE(object_id, 0) FROM relations WHERE entity_id = ?`,
			`SELECT rowid, predicate, COALESCE(object_id, 0), object_name, doc FROM relations WHERE entity_id = ? ORDER BY predicate, rowid`, false},
		{`SELECT DISTINCT entity_id FROM relations WHERE object_id = ?`,
			`SELECT rowid, predicate, entity_id, '', doc FROM relations WHERE object_id = ? ORDER BY predicate, rowid`, true},
	} {
		rows, err := s.db.QueryContext(ctx, q.ids, d.Entity.ID)
		if err != nil {
			return fmt.Errorf("relations: %w", err)
		}
		for rows.Next() {
			var oid int64
			if err := rows.Scan(&oid); err != nil {
				rows.Close()
				return fmt.Errorf("relations: %w", err)
			}
			if oid != 0 && oid != d.Entity.ID {
				if _, ok := names[oid]; !ok {
					names[oid] = ""
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("relations: %w", err)
		}
		// the other entity's name as the knowledge base has it
		missing := map[int64]string{}
		for id, n := range names {
			if n == "" {
				missing[id] = ""
			}
		}
		if len(missing) > 0 {
			if err := s.entityNames(ctx, missing); err != nil {
				return fmt.Errorf("relations: %w", err)
			}
			for id := range names {
				if n, ok := missing[id]; ok {
					names[id] = n
				} else if names[id] == "" {
					delete(names, id) // no such entity
				}
			}
		}
		rows, err = s.db.QueryContext(ctx, q.sql, d.Entity.ID)
		if err != nil {
			return fmt.Errorf("relations: %w", err)
		}
		for rows.Next() {
			var rowid, oid, doc int64
			var rpred, rname sql.RawBytes
			if err := rows.Scan(&rowid, &rpred, &oid, &rname, &doc); err != nil {
				rows.Close()
				return fmt.Errorf("relations: %w", err)
			}
			if oid == d.Entity.ID {
				continue
			}
			name, ok := names[oid]
			if !ok || oid == 0 {
				if q.inv {
					continue // the other entity is gone
				}
				name = string(rname)
			}
			pred := string(rpred)
			if q.inv {
				pred = assemble.Inverse(pred)
			}
			// a relation to it with the key of one of its relations adds to
			// that item
			k := pred + "\x00" + name
			it, ok := byKey[k]
			if !ok {
				// (two queries, each in rowid order, may add to an item)
				it = &item{pred: pred, name: name, oid: oid, group: group{seen: map[int64]struct{}{}}}
				byKey[k] = it
				items = append(items, it)
				refs[oid] = true
			}
			it.add(rowid, doc)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("relations: %w", err)
		}
	}
	var ids []int64
	for _, it := range items {
		ids = append(ids, it.first...)
	}
	srcs, err := s.sourcedRows(ctx, `SELECT r.rowid, r.how, d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,''),
		r.ev_start, r.ev_end, `+ev("r.ev")+` FROM relations r JOIN documents d ON d.seq = r.doc WHERE r.rowid IN (%s)`, ids)
	if err != nil {
		return fmt.Errorf("relations: %w", err)
	}
	types := map[int64]dossier.EntityType{}
	if len(names) > 0 {
		ids := make([]int64, 0, len(names))
		for id := range names {
			ids = append(ids, id)
		}
		rows, err := s.db.QueryContext(ctx, `SELECT id, type FROM entities WHERE id IN (`+placeholders(len(ids))+`)`, int64Args(ids)...)
		if err != nil {
			return fmt.Errorf("relations: %w", err)
		}
		for rows.Next() {
			var id int64
			var typ string
			if err := rows.Scan(&id, &typ); err != nil {
				rows.Close()
				return fmt.Errorf("relations: %w", err)
			}
			types[id] = dossier.EntityType(typ)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("relations: %w", err)
		}
	}
	for _, it := range items {
		r := dossier.RelatedEntity{Predicate: it.pred, EntityID: it.oid, Name: it.name, Type: types[it.oid], DocumentCount: it.docs,
			Sources: make([]dossier.SourcedFact, 0, len(it.first))}
		for _, id := range it.first {
			if f, ok := srcs[id]; ok {
				r.Sources = append(r.Sources, f)
			}
		}
		d.Related = append(d.Related, r)
	}
	return nil
}

// claimRow is a claim as crosscheck weighs it, with where it is in the
// list of claims: everything but its evidence text, which is read for the
// claims shown only.
type claimRow struct {
	dossier.StoredClaim
	seq, rowid int64
}

// before orders claims as the dossier lists them: by predicate, then in
// the order of the documents and of the text.
func (x *claimRow) before(y *claimRow) bool {
	if x.Predicate != y.Predicate {
		return x.Predicate < y.Predicate
	}
	if x.seq != y.seq {
		return x.seq < y.seq
	}
	if x.Claim.Evidence.Start != y.Claim.Evidence.Start {
		return x.Claim.Evidence.Start < y.Claim.Evidence.Start
	}
	return x.rowid < y.rowid
}

// dossierClaims crosschecks every claim about the entity without holding
// them: the claims are read in the order crosscheck.Stream weighs them
// (by predicate, the closed ranges of a figure first, then in the order
// of the documents and of the text) and given to it one at a time, so
// that the memory a dossier needs does not grow with its entity's number
// of claims. It keeps the first ListLimit claims for the list, caps the
// facts as crosscheck.Limit does, and then reads the evidence of the
// claims kept.
func (s *Store) dossierClaims(ctx context.Context, d *dossier.Dossier, refs map[int64]bool) error {
	numeric := crosscheck.NumericPredicates()
	args := []any{d.Entity.ID}
	for _, p := range numeric {
		args = append(args, p)
	}
	// the claims in the order of the stream, as rowids: a sort of narrow
	// keys, and 8 bytes a claim here
	rows, err := s.db.QueryContext(ctx, `SELECT c.rowid FROM claims c WHERE c.entity_id = ?
		ORDER BY c.predicate, CASE WHEN c.predicate IN (`+placeholders(len(numeric))+`) AND (c.min IS NULL OR c.max IS NULL) THEN 1 ELSE 0 END,
			c.doc, c.ev_start, c.rowid`, args...)
	if err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	var order []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("claims: %w", err)
		}
		order = append(order, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	// the names of the entities the claims name, looked up once each
	// (absent: no such entity)
	names := map[int64]string{}
	looked := map[int64]bool{}
	st := crosscheck.NewStream(d.Entity.Name, d.Entity.ID, crosscheck.Limits{Facts: FactsPerPredicate, Claims: claimsPerFact, Sources: SourcesPerItem})
	// the first ListLimit claims in the order of the list, which differs
	// from the order of the stream for figures
	var first []claimRow
	var last *claimRow // the last of the first ListLimit so far
	trim := func() {
		sort.Slice(first, func(a, b int) bool { return first[a].before(&first[b]) })
		if len(first) >= ListLimit {
			first = first[:ListLimit]
			cut := first[ListLimit-1]
			last = &cut
		}
	}
	const batch = 500
	part := make(map[int64]*claimRow, batch)
	for i := 0; i < len(order); i += batch {
		ids := order[i:min(i+batch, len(order))]
		clear(part)
		rows, err := s.db.QueryContext(ctx, `SELECT c.rowid, c.predicate, c.value, c.min, c.max, c.unit, c.time, c.source, c.hedge, c.ev_start, c.ev_end,
			d.id, d.seq, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,''), COALESCE(d.copy_of, ''),
			CASE WHEN c.value IS NULL THEN 0 ELSE COALESCE((SELECT de.entity_id FROM doc_entities de WHERE de.doc = c.doc AND de.name = c.value LIMIT 1), 0) END,
			CASE WHEN c.source IS NULL THEN 0 ELSE COALESCE((SELECT de.entity_id FROM doc_entities de WHERE de.doc = c.doc AND de.name = c.source LIMIT 1), 0) END
			FROM claims c JOIN documents d ON d.seq = c.doc WHERE c.rowid IN (`+placeholders(len(ids))+`)`, int64Args(ids)...)
		if err != nil {
			return fmt.Errorf("claims: %w", err)
		}
		for rows.Next() {
			c := &claimRow{}
			var value, unit, tm, src sql.NullString
			var mn, mx sql.NullFloat64
			if err := rows.Scan(&c.rowid, &c.Predicate, &value, &mn, &mx, &unit, &tm, &src, &c.Hedge, &c.Claim.Evidence.Start, &c.Claim.Evidence.End,
				&c.DocumentID, &c.seq, &c.Title, &c.Path, &c.Published, &c.SourcedFact.Source, &c.Origin, &c.ValueEntity, &c.SourceEntity); err != nil {
				rows.Close()
				return fmt.Errorf("claims: %w", err)
			}
			c.Subject = d.Entity.Name
			c.Value, c.Unit, c.Time, c.Claim.Source = nullStr(value), nullStr(unit), nullStr(tm), nullStr(src)
			c.Min, c.Max = nullF(mn), nullF(mx)
			part[c.rowid] = c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("claims: %w", err)
		}
		missing := map[int64]string{}
		for _, c := range part {
			for _, id := range []int64{c.ValueEntity, c.SourceEntity} {
				if id != 0 && !looked[id] {
					looked[id], refs[id] = true, true
					missing[id] = ""
				}
			}
		}
		if len(missing) > 0 {
			if err := s.entityNames(ctx, missing); err != nil {
				return fmt.Errorf("claims: %w", err)
			}
			for id, n := range missing {
				names[id] = n
			}
		}
		for _, id := range ids {
			c, ok := part[id]
			if !ok {
				continue // deleted meanwhile
			}
			if c.ValueEntity != 0 {
				if n, ok := names[c.ValueEntity]; ok {
					c.ValueName = n
				} else {
					c.ValueEntity = 0
				}
			}
			if c.SourceEntity != 0 {
				if n, ok := names[c.SourceEntity]; ok {
					c.SourceName = n
				} else {
					c.SourceEntity = 0
				}
			}
			d.ClaimCount++
			st.Add(c.StoredClaim)
			if last == nil || c.before(last) {
				first = append(first, *c)
				if len(first) >= 2*ListLimit {
					trim()
				}
			}
		}
	}
	order = nil
	trim()
	facts, conflicts, total, err := st.Result()
	if err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	d.Facts, d.Conflicts = facts, conflicts
	if total > len(facts) {
		d.FactCount = total
	}
	if d.Facts == nil {
		d.Facts = []dossier.Fact{}
	}
	if d.Conflicts == nil {
		d.Conflicts = []dossier.Conflict{}
	}
	d.Claims = make([]dossier.StoredClaim, len(first))
	for i := range first {
		d.Claims[i] = first[i].StoredClaim
	}
	// the evidence of the claims kept
	var lists [][]dossier.StoredClaim
	lists = append(lists, d.Claims)
	for i := range d.Facts {
		lists = append(lists, d.Facts[i].Claims)
	}
	for i := range d.Conflicts {
		lists = append(lists, d.Conflicts[i].A.Claims, d.Conflicts[i].B.Claims)
	}
	spans := map[spanKey]string{}
	for _, cs := range lists {
		for _, c := range cs {
			spans[spanKey{c.DocumentID, c.Claim.Evidence.Start, c.Claim.Evidence.End}] = ""
		}
	}
	if err := s.evidence(ctx, spans); err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	for _, cs := range lists {
		for i := range cs {
			c := &cs[i]
			c.Claim.Evidence.Text = spans[spanKey{c.DocumentID, c.Claim.Evidence.Start, c.Claim.Evidence.End}]
			c.SourcedFact.Evidence = c.Claim.Evidence
		}
	}
	return nil
}

// entityNames fills the names of the entities whose ids are the keys of
// names; ids of no entity are removed.
func (s *Store) entityNames(ctx context.Context, names map[int64]string) error {
	ids := make([]int64, 0, len(names))
	for id := range names {
		ids = append(ids, id)
	}
	for i := 0; i < len(ids); i += 500 {
		part := ids[i:min(i+500, len(ids))]
		rows, err := s.db.QueryContext(ctx, `SELECT id, name FROM entities WHERE id IN (`+placeholders(len(part))+`)`, int64Args(part)...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				rows.Close()
				return err
			}
			names[id] = name + "\x00"
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	for id, n := range names {
		if !strings.HasSuffix(n, "\x00") {
			delete(names, id)
		} else {
			names[id] = strings.TrimSuffix(n, "\x00")
		}
	}
	return nil
}

// spanKey is a span of a document's text.
type spanKey struct {
	doc        string
	start, end int
}

// evidence fills the text of each span, reading each document once per
// batch of spans.
func (s *Store) evidence(ctx context.Context, spans map[spanKey]string) error {
	keys := make([]spanKey, 0, len(spans))
	for k := range spans {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a].doc != keys[b].doc {
			return keys[a].doc < keys[b].doc
		}
		return keys[a].start < keys[b].start
	})
	const batch = 300
	for i := 0; i < len(keys); i += batch {
		part := keys[i:min(i+batch, len(keys))]
		args := make([]any, 0, 4*len(part))
		for j, k := range part {
			args = append(args, j, k.doc, k.start, k.end)
		}
		rows, err := s.db.QueryContext(ctx, `WITH w(k, doc, s, e) AS (VALUES `+strings.TrimSuffix(strings.Repeat("(?,?,?,?),", len(part)), ",")+`)
			SELECT w.k, CAST(substr(CAST(d.text AS BLOB), w.s + 1, w.e - w.s) AS TEXT) FROM w JOIN documents d ON d.id = w.doc`, args...)
		if err != nil {
			return fmt.Errorf("evidence: %w", err)
		}
		for rows.Next() {
			var j int
			var text string
			if err := rows.Scan(&j, &text); err != nil {
				rows.Close()
				return fmt.Errorf("evidence: %w", err)
			}
			if j >= 0 && j < len(part) {
				spans[part[j]] = text
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("evidence: %w", err)
		}
	}
	return nil
}

// dossierDocuments lists the first ListLimit documents that name the
// entity, in the order they were stored, with the entity's mentions in
// each.
func (s *Store) dossierDocuments(ctx context.Context, d *dossier.Dossier, _ map[int64]bool) error {
	// the first ListLimit documents in the order of their first row, read
	// from the entity's rows in rowid order (index doc_entities_entity)
	// until that many are found: no grouping of every document of a group
	// named in tens of thousands
	rows, err := s.db.QueryContext(ctx, `SELECT doc FROM doc_entities WHERE entity_id = ? ORDER BY rowid`, d.Entity.ID)
	if err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	var ids []int64 // document seqs
	seen := map[int64]bool{}
	for len(ids) < ListLimit && rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("documents: %w", err)
		}
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	st, err := s.db.PrepareContext(ctx, `SELECT d.id, d.path, COALESCE(d.title,''), COALESCE(d.published,''), COALESCE(d.source,''), COALESCE(d.dateline,''),
		d.language, COALESCE(d.url,''), COALESCE(d.copy_of,''), d.words,
		(SELECT COUNT(*) FROM mentions m WHERE m.doc = d.seq AND +m.entity_id = ?1)
		FROM documents d WHERE d.seq = ?2`)
	if err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	defer st.Close()
	for _, id := range ids {
		var r dossier.DocumentRef
		if err := st.QueryRowContext(ctx, d.Entity.ID, id).Scan(&r.ID, &r.Path, &r.Title, &r.Published, &r.Source, &r.Dateline, &r.Language, &r.URL, &r.CopyOf, &r.Words, &r.Mentions); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			return fmt.Errorf("documents: %w", err)
		}
		d.Documents = append(d.Documents, r)
	}
	return nil
}

// dossierMentions lists the first ListLimit mentions of the entity, in the
// order they were stored (each document's in text order).
func (s *Store) dossierMentions(ctx context.Context, d *dossier.Dossier, _ map[int64]bool) error {
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, COALESCE(d.title,''), d.path, m.start, m.end_, m.text, m.ref
		FROM (SELECT rowid AS r, doc, start, end_, text, ref FROM mentions WHERE entity_id = ? ORDER BY rowid LIMIT ?) m
		JOIN documents d ON d.seq = m.doc ORDER BY m.r`, d.Entity.ID, ListLimit)
	if err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	defer rows.Close()
	docOrder := map[string]int{}
	for rows.Next() {
		var f dossier.SourcedFact
		var ref bool
		if err := rows.Scan(&f.DocumentID, &f.Title, &f.Path, &f.Evidence.Start, &f.Evidence.End, &f.Evidence.Text, &ref); err != nil {
			return fmt.Errorf("mentions: %w", err)
		}
		f.How = "name"
		if ref {
			f.How = "reference"
		}
		if _, ok := docOrder[f.DocumentID]; !ok {
			docOrder[f.DocumentID] = len(docOrder)
		}
		d.Mentions = append(d.Mentions, f)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("mentions: %w", err)
	}
	sort.SliceStable(d.Mentions, func(a, b int) bool {
		x, y := d.Mentions[a], d.Mentions[b]
		if x.DocumentID != y.DocumentID {
			return docOrder[x.DocumentID] < docOrder[y.DocumentID]
		}
		return x.Evidence.Start < y.Evidence.Start
	})
	return nil
}

// dossierMerges lists why other names joined the entity.
func (s *Store) dossierMerges(ctx context.Context, d *dossier.Dossier, _ map[int64]bool) error {
	rows, err := s.db.QueryContext(ctx, `SELECT from_name, reason, at FROM merges WHERE into_id = ? ORDER BY rowid`, d.Entity.ID)
	if err != nil {
		return fmt.Errorf("merges: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m dossier.Merge
		var at string
		if err := rows.Scan(&m.From, &m.Reason, &at); err != nil {
			return fmt.Errorf("merges: %w", err)
		}
		m.Into = d.Entity.Name
		m.At, _ = time.Parse(time.RFC3339, at)
		d.Merges = append(d.Merges, m)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("merges: %w", err)
	}
	return nil
}

// The cached dossier is JSON of the types below. dossier.StoredClaim
// embeds two structs that both have "evidence" and "source" fields, which
// encoding/json would drop, so a claim is written as its parts; each claim
// is written once, however many facts and conflicts show it, and each
// document's fields once, however many claims cite it; lists of claims
// are lists of their indexes.

type wireDoc struct {
	ID        string `json:"i"`
	Title     string `json:"t,omitempty"`
	Path      string `json:"p,omitempty"`
	Published string `json:"d,omitempty"`
	Source    string `json:"s,omitempty"`
	Origin    string `json:"o,omitempty"`
}

type wireClaim struct {
	Claim        dossier.Claim `json:"c"`
	Doc          int           `json:"d"`
	How          string        `json:"h,omitempty"`
	ValueEntity  int64         `json:"ve,omitempty"`
	ValueName    string        `json:"vn,omitempty"`
	SourceEntity int64         `json:"se,omitempty"`
	SourceName   string        `json:"sn,omitempty"`
	// DocEvidence is the document's evidence when it is not the claim's.
	DocEvidence *dossier.Evidence `json:"de,omitempty"`
}

type wireFact struct {
	dossier.Fact
	Claims []int `json:"claims"`
}

type wireConflict struct {
	dossier.Conflict
	A wireFact `json:"a"`
	B wireFact `json:"b"`
}

type wireDossier struct {
	dossier.Dossier
	Docs      []wireDoc      `json:"wire_docs"`
	All       []wireClaim    `json:"wire_claims"`
	Claims    []int          `json:"claims"`
	Facts     []wireFact     `json:"facts"`
	Conflicts []wireConflict `json:"conflicts"`
}

// wireWriter numbers the claims and documents of a dossier.
type wireWriter struct {
	w     *wireDossier
	index map[dossier.StoredClaim]int
	docs  map[wireDoc]int
}

func (ww *wireWriter) claims(cs []dossier.StoredClaim) []int {
	out := make([]int, len(cs))
	for i, c := range cs {
		k, ok := ww.index[c]
		if !ok {
			doc := wireDoc{ID: c.DocumentID, Title: c.Title, Path: c.Path, Published: c.Published, Source: c.SourcedFact.Source, Origin: c.Origin}
			di, ok := ww.docs[doc]
			if !ok {
				di = len(ww.w.Docs)
				ww.docs[doc] = di
				ww.w.Docs = append(ww.w.Docs, doc)
			}
			wc := wireClaim{Claim: c.Claim, Doc: di, How: c.How, ValueEntity: c.ValueEntity, ValueName: c.ValueName,
				SourceEntity: c.SourceEntity, SourceName: c.SourceName}
			if c.SourcedFact.Evidence != c.Claim.Evidence {
				ev := c.SourcedFact.Evidence
				wc.DocEvidence = &ev
			}
			k = len(ww.w.All)
			ww.index[c] = k
			ww.w.All = append(ww.w.All, wc)
		}
		out[i] = k
	}
	return out
}

func (ww *wireWriter) fact(f dossier.Fact) wireFact {
	w := wireFact{Fact: f, Claims: ww.claims(f.Claims)}
	w.Fact.Claims = nil
	return w
}

// encodeDossier writes a dossier for the cache.
func encodeDossier(d *dossier.Dossier) ([]byte, error) {
	w := &wireDossier{Dossier: *d, Facts: make([]wireFact, len(d.Facts)), Conflicts: make([]wireConflict, len(d.Conflicts))}
	w.Dossier.Claims, w.Dossier.Facts, w.Dossier.Conflicts = nil, nil, nil
	ww := &wireWriter{w: w, index: map[dossier.StoredClaim]int{}, docs: map[wireDoc]int{}}
	w.Claims = ww.claims(d.Claims)
	for i, f := range d.Facts {
		w.Facts[i] = ww.fact(f)
	}
	for i, c := range d.Conflicts {
		w.Conflicts[i] = wireConflict{Conflict: c, A: ww.fact(c.A), B: ww.fact(c.B)}
		w.Conflicts[i].Conflict.A, w.Conflicts[i].Conflict.B = dossier.Fact{}, dossier.Fact{}
	}
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(w); err != nil {
		return nil, fmt.Errorf("encode dossier %d: %w", d.Entity.ID, err)
	}
	return b.Bytes(), nil
}

// decodeDossier reads a dossier encodeDossier wrote.
func decodeDossier(body []byte) (*dossier.Dossier, error) {
	var w wireDossier
	if err := json.Unmarshal(body, &w); err != nil {
		return nil, fmt.Errorf("decode dossier: %w", err)
	}
	all := make([]dossier.StoredClaim, len(w.All))
	for i, wc := range w.All {
		if wc.Doc < 0 || wc.Doc >= len(w.Docs) {
			return nil, fmt.Errorf("decode dossier: claim %d: no document %d", i, wc.Doc)
		}
		doc := w.Docs[wc.Doc]
		c := dossier.StoredClaim{Claim: wc.Claim, ValueEntity: wc.ValueEntity, ValueName: wc.ValueName, SourceEntity: wc.SourceEntity, SourceName: wc.SourceName,
			SourcedFact: dossier.SourcedFact{DocumentID: doc.ID, Title: doc.Title, Path: doc.Path, Published: doc.Published, Source: doc.Source,
				How: wc.How, Evidence: wc.Claim.Evidence, Origin: doc.Origin}}
		if wc.DocEvidence != nil {
			c.SourcedFact.Evidence = *wc.DocEvidence
		}
		all[i] = c
	}
	claims := func(ks []int) ([]dossier.StoredClaim, error) {
		if ks == nil {
			return nil, nil
		}
		out := make([]dossier.StoredClaim, len(ks))
		for i, k := range ks {
			if k < 0 || k >= len(all) {
				return nil, fmt.Errorf("decode dossier: no claim %d", k)
			}
			out[i] = all[k]
		}
		return out, nil
	}
	fact := func(wf wireFact) (dossier.Fact, error) {
		f := wf.Fact
		var err error
		f.Claims, err = claims(wf.Claims)
		return f, err
	}
	d := w.Dossier
	var err error
	if d.Claims, err = claims(w.Claims); err != nil {
		return nil, err
	}
	if w.Facts != nil {
		d.Facts = make([]dossier.Fact, len(w.Facts))
	}
	for i, wf := range w.Facts {
		if d.Facts[i], err = fact(wf); err != nil {
			return nil, err
		}
	}
	if w.Conflicts != nil {
		d.Conflicts = make([]dossier.Conflict, len(w.Conflicts))
	}
	for i, wc := range w.Conflicts {
		c := wc.Conflict
		if c.A, err = fact(wc.A); err != nil {
			return nil, err
		}
		if c.B, err = fact(wc.B); err != nil {
			return nil, err
		}
		d.Conflicts[i] = c
	}
	return &d, nil
}
