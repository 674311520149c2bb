package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"dossier"
	"dossier/assemble"
	"dossier/extract"
)

const docRefCols = `d.id, d.path, COALESCE(d.title,''), COALESCE(d.published,''), COALESCE(d.source,''),
	COALESCE(d.dateline,''), d.language, COALESCE(d.url,''), COALESCE(d.copy_of,''), d.words`

func scanDocRef(rows pgx.Rows) (dossier.DocumentRef, error) {
	var d dossier.DocumentRef
	err := rows.Scan(&d.ID, &d.Path, &d.Title, &d.Published, &d.Source, &d.Dateline, &d.Language, &d.URL, &d.CopyOf, &d.Words, &d.Mentions)
	return d, err
}

// Documents implements dossier.Store.
func (s *Store) Documents(ctx context.Context) ([]dossier.DocumentRef, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+docRefCols+`, d.mentions FROM documents d ORDER BY d.seq`)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	var out []dossier.DocumentRef
	for rows.Next() {
		d, err := scanDocRef(rows)
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return out, nil
}

// likePrefix returns a LIKE pattern matching the strings that begin with p.
func likePrefix(p string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(p) + "%"
}

// Document implements dossier.Store. id may be a unique prefix of at least
// six characters of the document ID.
func (s *Store) Document(ctx context.Context, id string) (*dossier.Extraction, error) {
	if err := assemble.CheckPrefix(id); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, `SELECT extraction FROM documents WHERE id LIKE $1 ORDER BY id LIMIT 2`, likePrefix(id))
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	var found [][]byte
	for rows.Next() {
		var js []byte
		if err := rows.Scan(&js); err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		found = append(found, js)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("document %s: %w", id, dossier.ErrNotFound)
	case 2:
		return nil, fmt.Errorf("document %s: %w: the prefix matches several documents", id, dossier.ErrInvalid)
	}
	var x dossier.Extraction
	if err := json.Unmarshal(found[0], &x); err != nil {
		return nil, fmt.Errorf("document %s: decode: %w", id, err)
	}
	return &x, nil
}

const entityCols = `e.id, e.name, e.type, e.country, e.lat, e.lon, e.admin1,
	(SELECT COUNT(DISTINCT de.document_id) FROM doc_entities de WHERE de.entity_id = e.id),
	(SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id)`

// querier runs queries: the pool, or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

func entities(ctx context.Context, q querier, where string, args ...any) ([]dossier.GlobalEntity, error) {
	rows, err := q.Query(ctx, `SELECT `+entityCols+` FROM entities e `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	defer rows.Close()
	var out []dossier.GlobalEntity
	for rows.Next() {
		var g dossier.GlobalEntity
		var typ string
		if err := rows.Scan(&g.ID, &g.Name, &typ, &g.Country, &g.Lat, &g.Lon, &g.Admin1, &g.Documents, &g.Mentions); err != nil {
			return nil, fmt.Errorf("entities: %w", err)
		}
		g.Type = dossier.EntityType(typ)
		if g.Lat == nil || g.Lon == nil {
			g.Lat, g.Lon = nil, nil
		}
		out = append(out, g)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	assemble.SortEntities(out)
	return out, nil
}

// Entities implements dossier.Store.
func (s *Store) Entities(ctx context.Context, typ dossier.EntityType) ([]dossier.GlobalEntity, error) {
	if typ == "" {
		return entities(ctx, s.pool, ``)
	}
	return entities(ctx, s.pool, `WHERE e.type = $1`, string(typ))
}

// Find implements dossier.Store: names and aliases are compared by their
// keys, so "isis-k", "ISIS K" and "ISIS-K" find the same entity.
func (s *Store) Find(ctx context.Context, name string) ([]dossier.GlobalEntity, error) {
	k := extract.Key(name)
	if k == "" {
		return nil, fmt.Errorf("find %q: %w", name, dossier.ErrInvalid)
	}
	out, err := entities(ctx, s.pool, `WHERE e.id IN (SELECT entity_id FROM entity_keys WHERE key = $1)`, k)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("find %q: %w", name, dossier.ErrNotFound)
	}
	return out, nil
}

// Signatures implements dossier.Store.
func (s *Store) Signatures(ctx context.Context) ([]dossier.Signature, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, signature FROM documents WHERE signature IS NOT NULL AND copy_of IS NULL ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("signatures: %w", err)
	}
	defer rows.Close()
	var out []dossier.Signature
	for rows.Next() {
		var id string
		var b []byte
		if err := rows.Scan(&id, &b); err != nil {
			return nil, fmt.Errorf("signatures: %w", err)
		}
		out = append(out, dossier.Signature{DocumentID: id, Values: assemble.DecodeSignature(b)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("signatures: %w", err)
	}
	return out, nil
}

// sourceCols are the document columns of a dossier.SourcedFact.
const sourceCols = `d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,'')`

// Dossier implements dossier.Store. Lists are capped at
// assemble.ListLimit and assemble.SourcesPerItem; GlobalEntity.Documents
// and Mentions give the full counts.
func (s *Store) Dossier(ctx context.Context, id int64) (*dossier.Dossier, error) {
	// the reads of one dossier see one snapshot, even while documents are
	// put
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("dossier %d: %w", id, err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	es, err := entities(ctx, tx, `WHERE e.id = $1`, id)
	if err != nil {
		return nil, fmt.Errorf("dossier %d: %w", id, err)
	}
	if len(es) == 0 {
		return nil, fmt.Errorf("dossier %d: %w", id, dossier.ErrNotFound)
	}
	out := assemble.NewDossier(es[0])
	for _, part := range []struct {
		name string
		run  func(context.Context, pgx.Tx, *assemble.Dossier) error
	}{
		{"aliases", dossierAliases},
		{"relations", dossierRelations},
		{"claims", dossierClaims},
		{"documents", dossierDocuments},
		{"mentions", dossierMentions},
		{"merges", dossierMerges},
	} {
		if err := part.run(ctx, tx, out); err != nil {
			return nil, fmt.Errorf("dossier %d: %s: %w", id, part.name, err)
		}
	}
	return out.Done(), nil
}

func entityID(d *assemble.Dossier) int64 { return d.Entity().ID }

// dossierAliases reads the first SourcesPerItem uses of each alias.
func dossierAliases(ctx context.Context, tx pgx.Tx, out *assemble.Dossier) error {
	rows, err := tx.Query(ctx, `SELECT u.alias, u.how, `+sourceCols+`, u.ev_start, u.ev_end, u.ev_text FROM (
		SELECT a.alias, a.how, a.document_id, a.ev_start, a.ev_end, a.ev_text, s.seq,
			ROW_NUMBER() OVER (PARTITION BY a.alias ORDER BY s.seq, a.ev_start, a.id) AS n
		FROM aliases a JOIN documents s ON s.id = a.document_id WHERE a.entity_id = $1) u
		JOIN documents d ON d.id = u.document_id
		WHERE u.n <= $2 ORDER BY u.seq, u.ev_start, u.n`, entityID(out), assemble.SourcesPerItem)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var f dossier.SourcedFact
		if err := rows.Scan(&name, &f.How, &f.DocumentID, &f.Title, &f.Path, &f.Published, &f.Source, &f.Evidence.Start, &f.Evidence.End, &f.Evidence.Text); err != nil {
			return err
		}
		out.Alias(name, f)
	}
	return rows.Err()
}

// dossierRelations reads the relations from the entity, then to it.
func dossierRelations(ctx context.Context, tx pgx.Tx, out *assemble.Dossier) error {
	for _, q := range []struct {
		inverse bool
		sql     string
	}{
		{false, `SELECT r.predicate, COALESCE(r.object_id, 0), COALESCE(o.name, r.object_name), COALESCE(o.type, ''), r.how,
			` + sourceCols + `, r.ev_start, r.ev_end, r.ev_text
			FROM relations r JOIN documents d ON d.id = r.document_id LEFT JOIN entities o ON o.id = r.object_id
			WHERE r.entity_id = $1 ORDER BY r.predicate, d.seq, r.id`},
		{true, `SELECT r.predicate, r.entity_id, o.name, o.type, r.how,
			` + sourceCols + `, r.ev_start, r.ev_end, r.ev_text
			FROM relations r JOIN documents d ON d.id = r.document_id JOIN entities o ON o.id = r.entity_id
			WHERE r.object_id = $1 ORDER BY r.predicate, d.seq, r.id`},
	} {
		rows, err := tx.Query(ctx, q.sql, entityID(out))
		if err != nil {
			return err
		}
		for rows.Next() {
			var pred, name, typ string
			var oid int64
			var f dossier.SourcedFact
			if err := rows.Scan(&pred, &oid, &name, &typ, &f.How, &f.DocumentID, &f.Title, &f.Path, &f.Published, &f.Source,
				&f.Evidence.Start, &f.Evidence.End, &f.Evidence.Text); err != nil {
				rows.Close()
				return err
			}
			out.Related(pred, q.inverse, oid, name, dossier.EntityType(typ), f)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// dossierClaims reads the claims about the entity, with the global
// entities their values and cited sources name.
func dossierClaims(ctx context.Context, tx pgx.Tx, out *assemble.Dossier) error {
	rows, err := tx.Query(ctx, `SELECT c.predicate, c.value, c.min, c.max, c.unit, c.time, c.source, c.hedge,
		`+sourceCols+`, c.ev_start, c.ev_end, c.ev_text,
		COALESCE(d.copy_of, ''), COALESCE(ve.id, 0), COALESCE(ve.name, ''), COALESCE(se.id, 0), COALESCE(se.name, '')
		FROM claims c JOIN documents d ON d.id = c.document_id
		LEFT JOIN entities ve ON ve.id = (SELECT de.entity_id FROM doc_entities de WHERE de.document_id = c.document_id AND de.name = c.value ORDER BY de.local_id LIMIT 1)
		LEFT JOIN entities se ON se.id = (SELECT de.entity_id FROM doc_entities de WHERE de.document_id = c.document_id AND de.name = c.source ORDER BY de.local_id LIMIT 1)
		WHERE c.entity_id = $1 ORDER BY c.predicate, d.seq, c.ev_start, c.id`, entityID(out))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c dossier.StoredClaim
		if err := rows.Scan(&c.Predicate, &c.Value, &c.Min, &c.Max, &c.Unit, &c.Time, &c.Claim.Source, &c.Hedge,
			&c.DocumentID, &c.Title, &c.Path, &c.Published, &c.SourcedFact.Source,
			&c.Claim.Evidence.Start, &c.Claim.Evidence.End, &c.Claim.Evidence.Text,
			&c.Origin, &c.ValueEntity, &c.ValueName, &c.SourceEntity, &c.SourceName); err != nil {
			return err
		}
		out.Claim(c)
	}
	return rows.Err()
}

// dossierDocuments reads the documents that mention the entity.
func dossierDocuments(ctx context.Context, tx pgx.Tx, out *assemble.Dossier) error {
	rows, err := tx.Query(ctx, `SELECT `+docRefCols+`, COUNT(*)
		FROM documents d JOIN mentions m ON m.document_id = d.id WHERE m.entity_id = $1 GROUP BY d.id ORDER BY d.seq LIMIT $2`,
		entityID(out), assemble.ListLimit)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		d, err := scanDocRef(rows)
		if err != nil {
			return err
		}
		out.Document(d)
	}
	return rows.Err()
}

// dossierMentions reads the mentions of the entity.
func dossierMentions(ctx context.Context, tx pgx.Tx, out *assemble.Dossier) error {
	rows, err := tx.Query(ctx, `SELECT d.id, COALESCE(d.title,''), d.path, m.start_off, m.end_off, m.text, m.ref
		FROM mentions m JOIN documents d ON d.id = m.document_id
		WHERE m.entity_id = $1 ORDER BY d.seq, m.start_off, m.id LIMIT $2`, entityID(out), assemble.ListLimit)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var f dossier.SourcedFact
		var ref bool
		if err := rows.Scan(&f.DocumentID, &f.Title, &f.Path, &f.Evidence.Start, &f.Evidence.End, &f.Evidence.Text, &ref); err != nil {
			return err
		}
		out.Mention(f, ref)
	}
	return rows.Err()
}

// dossierMerges reads why other entities joined the entity.
func dossierMerges(ctx context.Context, tx pgx.Tx, out *assemble.Dossier) error {
	rows, err := tx.Query(ctx, `SELECT from_name, reason, at FROM merges WHERE into_id = $1 ORDER BY id`, entityID(out))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var from, reason string
		var at time.Time
		if err := rows.Scan(&from, &reason, &at); err != nil {
			return err
		}
		out.Merge(from, reason, at.UTC())
	}
	return rows.Err()
}
