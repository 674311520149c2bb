package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"

	"dossier"
	"dossier/assemble"
	"dossier/extract"
)

// Documents implements dossier.Store.
func (s *Store) Documents(ctx context.Context) ([]dossier.DocumentRef, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.path, COALESCE(d.title,''), COALESCE(d.published,''), COALESCE(d.source,''),
		COALESCE(d.dateline,''), d.language, COALESCE(d.url,''), COALESCE(d.copy_of,''), d.words,
		(SELECT COUNT(*) FROM mentions m WHERE m.doc = d.seq)
		FROM documents d ORDER BY d.seq`)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	var out []dossier.DocumentRef
	for rows.Next() {
		var d dossier.DocumentRef
		if err := rows.Scan(&d.ID, &d.Path, &d.Title, &d.Published, &d.Source, &d.Dateline, &d.Language, &d.URL, &d.CopyOf, &d.Words, &d.Mentions); err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Document implements dossier.Store. id may be a unique prefix of at least
// six characters of the document ID.
func (s *Store) Document(ctx context.Context, id string) (*dossier.Extraction, error) {
	if err := assemble.CheckPrefix(id); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT extraction, text, COALESCE(copy_of, ''), COALESCE(copy_similarity, 0) FROM documents WHERE id >= ? AND id < ? LIMIT 2`, id, id+"\xff")
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	var found [][]byte
	var text, copyOf string
	var copySim float64
	for rows.Next() {
		var js []byte
		if err := rows.Scan(&js, &text, &copyOf, &copySim); err != nil {
			return nil, err
		}
		found = append(found, js)
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("document %s: %w", id, dossier.ErrNotFound)
	case 2:
		return nil, fmt.Errorf("document %s: %w: the prefix matches several documents", id, dossier.ErrInvalid)
	}
	js, err := unpackJSON(found[0])
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	var x dossier.Extraction
	if err := json.Unmarshal(js, &x); err != nil {
		return nil, fmt.Errorf("document %s: decode: %w", id, err)
	}
	// the text is kept once, in its column (stores before migration 7
	// also kept it in the extraction)
	if x.Document.Text == "" {
		x.Document.Text = text
	}
	// whether it is a near-copy is in columns of their own (Pack leaves
	// it out of the extraction; older stores kept it in both)
	x.Document.CopyOf, x.Document.CopySimilarity = copyOf, copySim
	return &x, nil
}

// entityCols are an entity's columns, with the counts of documents and
// mentions Put keeps (migration 0007), as the dossier's header has them.
const entityCols = `e.id, e.name, e.type, e.country, e.lat, e.lon, e.admin1, e.n_docs, e.n_mentions`

func scanEntity(sc interface{ Scan(...any) error }) (dossier.GlobalEntity, error) {
	var g dossier.GlobalEntity
	var typ string
	var country sql.NullString
	var lat, lon sql.NullFloat64
	if err := sc.Scan(&g.ID, &g.Name, &typ, &country, &lat, &lon, &g.Admin1, &g.Documents, &g.Mentions); err != nil {
		return g, err
	}
	g.Type = dossier.EntityType(typ)
	if country.Valid {
		g.Country = &country.String
	}
	if lat.Valid && lon.Valid {
		g.Lat, g.Lon = &lat.Float64, &lon.Float64
	}
	return g, nil
}

func (s *Store) entities(ctx context.Context, where string, args ...any) ([]dossier.GlobalEntity, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+entityCols+` FROM entities e `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	defer rows.Close()
	var out []dossier.GlobalEntity
	for rows.Next() {
		g, err := scanEntity(rows)
		if err != nil {
			return nil, fmt.Errorf("entities: %w", err)
		}
		out = append(out, g)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Documents != out[b].Documents {
			return out[a].Documents > out[b].Documents
		}
		if out[a].Mentions != out[b].Mentions {
			return out[a].Mentions > out[b].Mentions
		}
		return out[a].Name < out[b].Name
	})
	return out, nil
}

// Entities implements dossier.Store.
func (s *Store) Entities(ctx context.Context, typ dossier.EntityType) ([]dossier.GlobalEntity, error) {
	if typ == "" {
		return s.entities(ctx, ``)
	}
	return s.entities(ctx, `WHERE e.type = ?`, string(typ))
}

// Find implements dossier.Store: names and aliases are compared by their
// keys, so "isis-k", "ISIS K" and "ISIS-K" find the same entity.
func (s *Store) Find(ctx context.Context, name string) ([]dossier.GlobalEntity, error) {
	k := extract.Key(name)
	if k == "" {
		return nil, fmt.Errorf("find %q: %w", name, dossier.ErrInvalid)
	}
	out, err := s.entities(ctx, `WHERE e.id IN (SELECT entity_id FROM entity_keys WHERE key = ?)`, k)
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
	rows, err := s.db.QueryContext(ctx, `SELECT document_id, signature FROM signatures ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("signatures: %w", err)
	}
	defer rows.Close()
	var out []dossier.Signature
	for rows.Next() {
		var id string
		var b []byte
		if err := rows.Scan(&id, &b); err != nil {
			return nil, err
		}
		out = append(out, dossier.Signature{DocumentID: id, Values: assemble.DecodeSignature(b)})
	}
	return out, rows.Err()
}

// evidence selects the byte range [start, end) of a document's text: SQLite
// substr counts characters in TEXT but bytes in a BLOB.
const evidenceSQL = `CAST(substr(CAST(d.text AS BLOB), %[1]s_start + 1, %[1]s_end - %[1]s_start) AS TEXT)`

func ev(prefix string) string { return fmt.Sprintf(evidenceSQL, prefix) }

func nullStr(n sql.NullString) *string {
	if !n.Valid {
		return nil
	}
	return &n.String
}

func nullF(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	return &n.Float64
}
