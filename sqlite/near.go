package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"dossier"
	"dossier/assemble"
	"dossier/near"
)

var _ dossier.NearCopyFinder = (*Store)(nil)

// putBands records the signature and LSH band keys of an original
// document, stored as number seq.
func (s *Store) putBands(ctx context.Context, tx *sql.Tx, doc *dossier.Document, seq int64) error {
	if doc.CopyOf != "" || len(doc.Signature) == 0 {
		return nil
	}
	keys := near.BandKeys(doc.Signature)
	vals := make([]any, 0, 3*len(keys))
	for b, k := range keys {
		vals = append(vals, b, int64(k), seq)
	}
	if err := s.insertRows(ctx, tx, `INSERT INTO doc_bands(band, key, seq)`, 3, vals); err != nil {
		return fmt.Errorf("insert bands: %w", err)
	}
	if _, err := s.exec(ctx, tx, `INSERT INTO signatures(seq, document_id, signature) VALUES(?, ?, ?)`,
		seq, doc.ID, assemble.EncodeSignature(doc.Signature)); err != nil {
		return fmt.Errorf("insert signature: %w", err)
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
		sim := near.Similarity(sig, assemble.DecodeSignature(blob))
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

// nearSQL finds the originals sharing band keys with a signature: one
// (band, key) lookup of the band table per band, reading at most
// nearPerBand documents of each, the first stored (a key many documents
// share, from text they all carry, tells little), and the signatures of
// the nearCandidates documents that share the most bands, nearMinBands at
// least, ties by document id (the more bands two signatures share, the
// more alike they are: the most similar is among them unless very many
// share as many). The band table's key (band, key, seq) answers each
// lookup from its own entries; the signatures are read by seq.
var nearSQL = func() string {
	terms := make([]string, near.Bands)
	for b := range terms {
		terms[b] = fmt.Sprintf("SELECT * FROM (SELECT seq FROM doc_bands WHERE band = ?%d AND key = ?%d LIMIT %d)", 2*b+1, 2*b+2, nearPerBand)
	}
	return `SELECT s.document_id, s.seq, s.signature FROM (SELECT seq, COUNT(*) AS shared FROM (` +
		strings.Join(terms, " UNION ALL ") + `) GROUP BY seq HAVING COUNT(*) >= ` + strconv.Itoa(nearMinBands) +
		`) b JOIN signatures s ON s.seq = b.seq ORDER BY b.shared DESC, s.document_id LIMIT ` + strconv.Itoa(nearCandidates)
}()

// nearPerBand is the number of documents read for one band key.
const nearPerBand = 64

// nearMinBands is the number of bands a stored document must share to be
// compared. At the default threshold (0.6, 32 bands of 4 rows) a document
// that similar shares 2 or more with probability 0.93, at 0.7 with 0.998,
// at 0.8 (most syndicated copies) with certainty; one shared band is
// mostly chance, and comparing every such document would read a signature
// each.
const nearMinBands = 2

// nearCandidates is the number of stored documents whose signatures a
// near-copy lookup compares.
const nearCandidates = 32
