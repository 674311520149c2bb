package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"dossier"
	"dossier/near"
)

var _ dossier.NearCopyFinder = (*Store)(nil)

// putBands records the LSH band keys of an original document.
func (s *Store) putBands(ctx context.Context, tx *sql.Tx, doc *dossier.Document) error {
	if doc.CopyOf != "" {
		return nil
	}
	keys := near.BandKeys(doc.Signature)
	vals := make([]any, 0, 3*len(keys))
	for b, k := range keys {
		vals = append(vals, b, int64(k), doc.ID)
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO doc_bands(band, key, document_id)`, 3, vals); err != nil {
		return fmt.Errorf("insert bands: %w", err)
	}
	return nil
}

// NearCopy implements dossier.NearCopyFinder.
func (s *Store) NearCopy(ctx context.Context, sig []uint64, threshold float64) (string, float64, bool, error) {
	return s.nearCopy(ctx, s.stmts[nearSQL], sig, threshold)
}

// nearCopy finds a near-copy with the prepared nearSQL statement st.
func (s *Store) nearCopy(ctx context.Context, st *sql.Stmt, sig []uint64, threshold float64) (string, float64, bool, error) {
	keys := near.BandKeys(sig)
	if keys == nil {
		return "", 0, false, nil
	}
	if threshold <= 0 {
		threshold = near.DefaultThreshold
	}
	args := make([]any, 0, 2*len(keys))
	for b, k := range keys {
		args = append(args, b, int64(k))
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return "", 0, false, fmt.Errorf("near copy: %w", err)
	}
	defer rows.Close()
	var bestID string
	var bestSim float64
	var bestSeq int64
	for rows.Next() {
		var id string
		var seq int64
		var blob []byte
		if err := rows.Scan(&id, &seq, &blob); err != nil {
			return "", 0, false, err
		}
		sim := near.Similarity(sig, decodeSig(blob))
		if sim < threshold {
			continue
		}
		if bestID == "" || sim > bestSim || sim == bestSim && seq < bestSeq {
			bestID, bestSim, bestSeq = id, sim, seq
		}
	}
	if err := rows.Err(); err != nil {
		return "", 0, false, fmt.Errorf("near copy: %w", err)
	}
	return bestID, bestSim, bestID != "", nil
}

// nearSQL finds the originals sharing a band key with a signature, each
// once: one (band, key) lookup of the index per band.
var nearSQL = func() string {
	terms := make([]string, near.Bands)
	for b := range terms {
		terms[b] = fmt.Sprintf("(band = ?%d AND key = ?%d)", 2*b+1, 2*b+2)
	}
	return `SELECT d.id, d.seq, d.signature FROM documents d WHERE d.id IN (SELECT document_id FROM doc_bands WHERE ` +
		strings.Join(terms, " OR ") + `)`
}()
