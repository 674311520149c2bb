package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"dossier"
	"dossier/extract"
)

// Documents implements dossier.Store.
func (s *Store) Documents(ctx context.Context) ([]dossier.DocumentRef, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, d.path, COALESCE(d.title,''), COALESCE(d.published,''), COALESCE(d.source,''),
		COALESCE(d.dateline,''), d.language, COALESCE(d.url,''), COALESCE(d.copy_of,''), d.words,
		(SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id)
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
	if len(id) < 6 {
		return nil, fmt.Errorf("document %q: %w: give at least 6 characters of the id", id, dossier.ErrInvalid)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT extraction FROM documents WHERE id >= ? AND id < ? LIMIT 2`, id, id+"\xff")
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var js string
		if err := rows.Scan(&js); err != nil {
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
	var x dossier.Extraction
	if err := json.Unmarshal([]byte(found[0]), &x); err != nil {
		return nil, fmt.Errorf("document %s: decode: %w", id, err)
	}
	return &x, nil
}

const entityCols = `e.id, e.name, e.type, e.country, e.lat, e.lon, e.admin1,
	(SELECT COUNT(DISTINCT de.document_id) FROM doc_entities de WHERE de.entity_id = e.id),
	(SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id)`

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
	rows, err := s.db.QueryContext(ctx, `SELECT id, signature FROM documents WHERE signature IS NOT NULL AND copy_of IS NULL ORDER BY seq`)
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
		out = append(out, dossier.Signature{DocumentID: id, Values: decodeSig(b)})
	}
	return out, rows.Err()
}

// evidence selects the byte range [start, end) of a document's text: SQLite
// substr counts characters in TEXT but bytes in a BLOB.
const evidenceSQL = `CAST(substr(CAST(d.text AS BLOB), %[1]s_start + 1, %[1]s_end - %[1]s_start) AS TEXT)`

func ev(prefix string) string { return fmt.Sprintf(evidenceSQL, prefix) }

// Limits of a dossier, so that a group named in tens of thousands of
// documents still answers quickly: the documents and mentions listed (the
// entity's counts stay exact), and the documents shown for each alias.
const (
	ListLimit      = 500
	SourcesPerItem = 20
)

// Dossier implements dossier.Store. Lists are capped at ListLimit and
// SourcesPerItem; GlobalEntity.Documents and Mentions give the full counts.
func (s *Store) Dossier(ctx context.Context, id int64) (*dossier.Dossier, error) {
	es, err := s.entities(ctx, `WHERE e.id = ?`, id)
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, fmt.Errorf("dossier %d: %w", id, dossier.ErrNotFound)
	}
	out := &dossier.Dossier{Entity: es[0], Aliases: []dossier.AliasUse{}, Related: []dossier.RelatedEntity{}, Claims: []dossier.StoredClaim{},
		Facts: []dossier.Fact{}, Conflicts: []dossier.Conflict{}, Merges: []dossier.Merge{}}

	// aliases with the documents and sentences that use them
	// the first SourcesPerItem uses of each alias, numbered without reading
	// any text; the evidence is cut from the documents of those rows only
	rows, err := s.db.QueryContext(ctx, `SELECT u.alias, u.how, d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,''),
		u.ev_start, u.ev_end, `+ev("u.ev")+` FROM (
		SELECT a.alias, a.how, a.document_id, a.ev_start, a.ev_end, s.seq,
			ROW_NUMBER() OVER (PARTITION BY a.alias ORDER BY s.seq, a.ev_start) AS n
		FROM aliases a JOIN documents s ON s.id = a.document_id WHERE a.entity_id = ?) u
		JOIN documents d ON d.id = u.document_id
		WHERE u.n <= ? ORDER BY u.seq, u.ev_start`, id, SourcesPerItem)
	if err != nil {
		return nil, fmt.Errorf("dossier %d: aliases: %w", id, err)
	}
	byName := map[string]int{}
	for rows.Next() {
		var name string
		var f dossier.SourcedFact
		if err := rows.Scan(&name, &f.How, &f.DocumentID, &f.Title, &f.Path, &f.Published, &f.Source, &f.Evidence.Start, &f.Evidence.End, &f.Evidence.Text); err != nil {
			rows.Close()
			return nil, err
		}
		i, ok := byName[name]
		if !ok {
			i = len(out.Aliases)
			byName[name] = i
			out.Aliases = append(out.Aliases, dossier.AliasUse{Name: name})
		}
		out.Aliases[i].Documents = append(out.Aliases[i].Documents, f)
	}
	rows.Close()
	// The entity's own name first, then by number of documents.
	sort.SliceStable(out.Aliases, func(a, b int) bool {
		if (out.Aliases[a].Name == out.Entity.Name) != (out.Aliases[b].Name == out.Entity.Name) {
			return out.Aliases[a].Name == out.Entity.Name
		}
		return len(out.Aliases[a].Documents) > len(out.Aliases[b].Documents)
	})

	// related entities: relations from it and to it
	rows, err = s.db.QueryContext(ctx, `SELECT r.predicate, COALESCE(r.object_id, 0), COALESCE(o.name, r.object_name), COALESCE(o.type, ''), r.how,
		d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,''), r.ev_start, r.ev_end, `+ev("r.ev")+`
		FROM relations r JOIN documents d ON d.id = r.document_id LEFT JOIN entities o ON o.id = r.object_id
		WHERE r.entity_id = ? ORDER BY r.predicate, d.seq`, id)
	if err != nil {
		return nil, fmt.Errorf("dossier %d: relations: %w", id, err)
	}
	if err := s.collectRelated(rows, out, false); err != nil {
		return nil, err
	}
	rows, err = s.db.QueryContext(ctx, `SELECT r.predicate, r.entity_id, o.name, o.type, r.how,
		d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,''), r.ev_start, r.ev_end, `+ev("r.ev")+`
		FROM relations r JOIN documents d ON d.id = r.document_id JOIN entities o ON o.id = r.entity_id
		WHERE r.object_id = ? ORDER BY r.predicate, d.seq`, id)
	if err != nil {
		return nil, fmt.Errorf("dossier %d: inverse relations: %w", id, err)
	}
	if err := s.collectRelated(rows, out, true); err != nil {
		return nil, err
	}

	// claims
	rows, err = s.db.QueryContext(ctx, `SELECT c.predicate, c.value, c.min, c.max, c.unit, c.time, c.source, c.hedge,
		d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,''), c.ev_start, c.ev_end, `+ev("c.ev")+`,
		COALESCE(d.copy_of, ''), COALESCE(ve.id, 0), COALESCE(ve.name, ''), COALESCE(se.id, 0), COALESCE(se.name, '')
		FROM claims c JOIN documents d ON d.id = c.document_id
		LEFT JOIN entities ve ON ve.id = (SELECT de.entity_id FROM doc_entities de WHERE de.document_id = c.document_id AND de.name = c.value LIMIT 1)
		LEFT JOIN entities se ON se.id = (SELECT de.entity_id FROM doc_entities de WHERE de.document_id = c.document_id AND de.name = c.source LIMIT 1)
		WHERE c.entity_id = ? ORDER BY c.predicate, d.seq, c.ev_start`, id)
	if err != nil {
		return nil, fmt.Errorf("dossier %d: claims: %w", id, err)
	}
	for rows.Next() {
		var c dossier.StoredClaim
		var value, unit, tm, src sql.NullString
		var mn, mx sql.NullFloat64
		if err := rows.Scan(&c.Predicate, &value, &mn, &mx, &unit, &tm, &src, &c.Hedge, &c.DocumentID, &c.Title, &c.Path, &c.Published, &c.SourcedFact.Source,
			&c.Claim.Evidence.Start, &c.Claim.Evidence.End, &c.Claim.Evidence.Text, &c.Origin, &c.ValueEntity, &c.ValueName, &c.SourceEntity, &c.SourceName); err != nil {
			rows.Close()
			return nil, err
		}
		c.Subject = out.Entity.Name
		c.Value, c.Unit, c.Time, c.Claim.Source = nullStr(value), nullStr(unit), nullStr(tm), nullStr(src)
		c.Min, c.Max = nullF(mn), nullF(mx)
		c.SourcedFact.Evidence = c.Claim.Evidence
		out.Claims = append(out.Claims, c)
	}
	rows.Close()

	// documents that mention it
	rows, err = s.db.QueryContext(ctx, `SELECT d.id, d.path, COALESCE(d.title,''), COALESCE(d.published,''), COALESCE(d.source,''), COALESCE(d.dateline,''),
		d.language, COALESCE(d.url,''), COALESCE(d.copy_of,''), d.words, COUNT(m.start)
		FROM documents d JOIN mentions m ON m.document_id = d.id WHERE m.entity_id = ? GROUP BY d.id ORDER BY d.seq LIMIT ?`, id, ListLimit)
	if err != nil {
		return nil, fmt.Errorf("dossier %d: documents: %w", id, err)
	}
	for rows.Next() {
		var d dossier.DocumentRef
		if err := rows.Scan(&d.ID, &d.Path, &d.Title, &d.Published, &d.Source, &d.Dateline, &d.Language, &d.URL, &d.CopyOf, &d.Words, &d.Mentions); err != nil {
			rows.Close()
			return nil, err
		}
		out.Documents = append(out.Documents, d)
	}
	rows.Close()

	// mentions, with their sentences
	rows, err = s.db.QueryContext(ctx, `SELECT d.id, COALESCE(d.title,''), d.path, m.start, m.end_, m.text, m.ref FROM mentions m JOIN documents d ON d.id = m.document_id
		WHERE m.entity_id = ? ORDER BY d.seq, m.start LIMIT ?`, id, ListLimit)
	if err != nil {
		return nil, fmt.Errorf("dossier %d: mentions: %w", id, err)
	}
	for rows.Next() {
		var f dossier.SourcedFact
		var ref bool
		if err := rows.Scan(&f.DocumentID, &f.Title, &f.Path, &f.Evidence.Start, &f.Evidence.End, &f.Evidence.Text, &ref); err != nil {
			rows.Close()
			return nil, err
		}
		f.How = "name"
		if ref {
			f.How = "reference"
		}
		out.Mentions = append(out.Mentions, f)
	}
	rows.Close()

	rows, err = s.db.QueryContext(ctx, `SELECT from_name, reason, at FROM merges WHERE into_id = ? ORDER BY rowid`, id)
	if err != nil {
		return nil, fmt.Errorf("dossier %d: merges: %w", id, err)
	}
	for rows.Next() {
		var m dossier.Merge
		var at string
		if err := rows.Scan(&m.From, &m.Reason, &at); err != nil {
			rows.Close()
			return nil, err
		}
		m.Into = out.Entity.Name
		m.At, _ = time.Parse(time.RFC3339, at)
		out.Merges = append(out.Merges, m)
	}
	rows.Close()
	return out, nil
}

// inverse names the predicate seen from the object's side.
var inverse = map[string]string{
	"parent":          "branch",
	"affiliated_with": "has_affiliate",
	"rival_of":        "rival_of",
	"operates_in":     "area_of",
	"controls":        "controlled_by",
	"formed_from":     "gave_rise_to",
	"leader":          "leads",
}

func (s *Store) collectRelated(rows *sql.Rows, out *dossier.Dossier, inv bool) error {
	defer rows.Close()
	idx := map[string]int{}
	for i, r := range out.Related {
		idx[r.Predicate+"\x00"+r.Name] = i
	}
	for rows.Next() {
		var pred, name, typ string
		var oid int64
		var f dossier.SourcedFact
		if err := rows.Scan(&pred, &oid, &name, &typ, &f.How, &f.DocumentID, &f.Title, &f.Path, &f.Published, &f.Source, &f.Evidence.Start, &f.Evidence.End, &f.Evidence.Text); err != nil {
			return err
		}
		if oid == out.Entity.ID {
			continue
		}
		if inv {
			if p, ok := inverse[pred]; ok {
				pred = p
			} else {
				pred = pred + " (of)"
			}
		}
		k := pred + "\x00" + name
		i, ok := idx[k]
		if !ok {
			i = len(out.Related)
			idx[k] = i
			out.Related = append(out.Related, dossier.RelatedEntity{Predicate: pred, EntityID: oid, Name: name, Type: dossier.EntityType(typ)})
		}
		out.Related[i].Sources = append(out.Related[i].Sources, f)
	}
	return rows.Err()
}

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
