package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"dossier"
	"dossier/near"
)

var _ dossier.NearCopyFinder = (*Store)(nil)

// putBands records the LSH band keys of an original document.
func (s *Store) putBands(ctx context.Context, tx *sql.Tx, doc *dossier.Document) error {
	if doc.CopyOf != "" {
		return nil
	}
	for b, k := range near.BandKeys(doc.Signature) {
		if _, err := s.exec(ctx, tx, `INSERT INTO doc_bands(band, key, document_id) VALUES(?,?,?)`, b, int64(k), doc.ID); err != nil {
			return fmt.Errorf("insert band: %w", err)
		}
	}
	return nil
}

// NearCopy implements dossier.NearCopyFinder.
func (s *Store) NearCopy(ctx context.Context, sig []uint64, threshold float64) (string, float64, bool, error) {
	keys := near.BandKeys(sig)
	if keys == nil {
		return "", 0, false, nil
	}
	if threshold <= 0 {
		threshold = near.DefaultThreshold
	}
	seen := map[string]bool{}
	var bestID string
	var bestSim float64
	var bestSeq int64
	for b, k := range keys {
		rows, err := s.stmts[nearSQL].QueryContext(ctx, b, int64(k))
		if err != nil {
			return "", 0, false, fmt.Errorf("near copy: %w", err)
		}
		for rows.Next() {
			var id string
			var seq int64
			var blob []byte
			if err := rows.Scan(&id, &seq, &blob); err != nil {
				rows.Close()
				return "", 0, false, err
			}
			if seen[id] {
				continue
			}
			seen[id] = true
			sim := near.Similarity(sig, decodeSig(blob))
			if sim < threshold {
				continue
			}
			if bestID == "" || sim > bestSim || sim == bestSim && seq < bestSeq {
				bestID, bestSim, bestSeq = id, sim, seq
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return "", 0, false, err
		}
	}
	return bestID, bestSim, bestID != "", nil
}

// nearSQL finds the originals sharing one band key, from the (band, key)
// index.
const nearSQL = `SELECT b.document_id, d.seq, d.signature FROM doc_bands b JOIN documents d ON d.id = b.document_id WHERE b.band = ? AND b.key = ?`
