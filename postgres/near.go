package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"dossier"
	"dossier/assemble"
	"dossier/near"
)

// putBands queues the LSH band keys of an original document.
func putBands(b *pgx.Batch, doc *dossier.Document) {
	if doc.CopyOf != "" {
		return
	}
	for band, k := range near.BandKeys(doc.Signature) {
		b.Queue(`INSERT INTO doc_bands(band, key, document_id) VALUES($1,$2,$3)`, band, int64(k), doc.ID)
	}
}

// NearCopy implements dossier.NearCopyFinder: the originals sharing a band
// key with sig, in one query, the most similar kept.
func (s *Store) NearCopy(ctx context.Context, sig []uint64, threshold float64) (string, float64, bool, error) {
	return nearCopy(ctx, s.pool, sig, threshold)
}

func nearCopy(ctx context.Context, q querier, sig []uint64, threshold float64) (string, float64, bool, error) {
	keys := near.BandKeys(sig)
	if keys == nil {
		return "", 0, false, nil
	}
	bands := make([]int32, len(keys))
	ks := make([]int64, len(keys))
	for b, k := range keys {
		bands[b], ks[b] = int32(b), int64(k)
	}
	rows, err := q.Query(ctx, `SELECT DISTINCT d.id, d.seq, d.signature FROM doc_bands b JOIN documents d ON d.id = b.document_id
		JOIN unnest($1::smallint[], $2::bigint[]) AS q(band, key) ON q.band = b.band AND q.key = b.key`, bands, ks)
	if err != nil {
		return "", 0, false, fmt.Errorf("near copy: %w", err)
	}
	defer rows.Close()
	best := assemble.Nearest{Threshold: threshold}
	for rows.Next() {
		var id string
		var seq int64
		var blob []byte
		if err := rows.Scan(&id, &seq, &blob); err != nil {
			return "", 0, false, fmt.Errorf("near copy: %w", err)
		}
		best.Offer(sig, id, seq, assemble.DecodeSignature(blob))
	}
	if err := rows.Err(); err != nil {
		return "", 0, false, fmt.Errorf("near copy: %w", err)
	}
	return best.ID, best.Sim, best.ID != "", nil
}
