package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"dossier"
	"dossier/assemble"
	"dossier/near"
)

var _ dossier.NearCopyFinder = (*Store)(nil)

// putBands records the signature of an original document, stored as
// number seq, and adds its LSH band keys to the store's recent bands (see
// bandTier): doc_bands takes them later, sorted, many documents at once.
func (s *Store) putBands(ctx context.Context, tx *sql.Tx, doc *dossier.Document, seq int64) error {
	if doc.CopyOf != "" || len(doc.Signature) == 0 {
		return nil
	}
	// load before the signature is in: loading reads the signatures after
	// the band table's mark, and would count this one twice
	if err := s.loadBands(ctx, tx); err != nil {
		return err
	}
	if _, err := s.exec(ctx, tx, `INSERT INTO signatures(seq, document_id, signature) VALUES(?, ?, ?)`,
		seq, doc.ID, assemble.EncodeSignature(doc.Signature)); err != nil {
		return fmt.Errorf("insert signature: %w", err)
	}
	s.bands.add(seq, near.BandKeys(doc.Signature))
	return nil
}

// NearCopy implements dossier.NearCopyFinder.
func (s *Store) NearCopy(ctx context.Context, sig []uint64, threshold float64) (string, float64, bool, error) {
	s.writer.Lock()
	defer s.writer.Unlock()
	if err := s.checkVersion(ctx, s.db); err != nil {
		return "", 0, false, fmt.Errorf("near copy: %w", err)
	}
	return s.nearCopy(ctx, nil, sig, threshold)
}

// nearCopy finds the stored original most similar to sig, inside tx or,
// when tx is nil, outside any transaction: the candidates are the
// documents sharing nearMinBands band keys or more with sig, in the band
// table and among the recent bands; the nearCandidates sharing the most
// (ties: the first stored) are compared.
func (s *Store) nearCopy(ctx context.Context, tx *sql.Tx, sig []uint64, threshold float64) (string, float64, bool, error) {
	keys := near.BandKeys(sig)
	if keys == nil {
		return "", 0, false, nil
	}
	if threshold <= 0 {
		threshold = near.DefaultThreshold
	}
	if err := s.loadBands(ctx, tx); err != nil {
		return "", 0, false, err
	}
	var cands []nearCand
	if s.bands.upto > 0 {
		// the band table holds the documents up to the mark
		args := make([]any, 0, 2*len(keys))
		for b, k := range keys {
			args = append(args, b, int64(k))
		}
		rows, err := s.query(ctx, tx, nearSQL, args...)
		if err != nil {
			return "", 0, false, fmt.Errorf("near copy: %w", err)
		}
		for rows.Next() {
			var c nearCand
			if err := rows.Scan(&c.seq, &c.shared); err != nil {
				rows.Close()
				return "", 0, false, fmt.Errorf("near copy: %w", err)
			}
			cands = append(cands, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return "", 0, false, fmt.Errorf("near copy: %w", err)
		}
	}
	for seq, n := range s.bands.lookup(keys) {
		if n >= nearMinBands {
			cands = append(cands, nearCand{seq: seq, shared: n})
		}
	}
	if len(cands) == 0 {
		return "", 0, false, nil
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].shared != cands[j].shared {
			return cands[i].shared > cands[j].shared
		}
		return cands[i].seq < cands[j].seq
	})
	if len(cands) > nearCandidates {
		cands = cands[:nearCandidates]
	}
	// the signatures of the candidates, in one statement of nearCandidates
	// places (-1 fills the unused ones)
	args := make([]any, nearCandidates)
	for i := range args {
		args[i] = int64(-1)
		if i < len(cands) {
			args[i] = cands[i].seq
		}
	}
	rows, err := s.query(ctx, tx, signaturesSQL, args...)
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

// nearCand is a stored document that shares band keys with a signature.
type nearCand struct {
	seq    int64
	shared int
}

// query runs q with args in tx through the statement cache, or outside any
// transaction when tx is nil.
func (s *Store) query(ctx context.Context, tx *sql.Tx, q string, args ...any) (*sql.Rows, error) {
	if tx == nil {
		if st, ok := s.stmts[q]; ok {
			return st.QueryContext(ctx, args...)
		}
		return s.db.QueryContext(ctx, q, args...)
	}
	st, err := s.stmt(ctx, tx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// signaturesSQL reads the signatures of up to nearCandidates documents.
var signaturesSQL = `SELECT document_id, seq, signature FROM signatures WHERE seq IN (?` +
	strings.Repeat(", ?", nearCandidates-1) + `)`

// nearSQL finds the documents of the band table sharing band keys with a
// signature: one (band, key) lookup per band, reading at most nearPerBand
// documents of each, the first stored (a key many documents share, from
// text they all carry, tells little), and of those the nearCandidates
// that share the most bands, nearMinBands at least, ties by storing order
// (the more bands two signatures share, the more alike they are: the most
// similar is among them unless very many share as many). The band
// table's key (band, key, seq) answers each lookup from its own entries.
var nearSQL = func() string {
	terms := make([]string, near.Bands)
	for b := range terms {
		terms[b] = fmt.Sprintf("SELECT * FROM (SELECT seq FROM doc_bands WHERE band = ?%d AND key = ?%d LIMIT %d)", 2*b+1, 2*b+2, nearPerBand)
	}
	return `SELECT seq, COUNT(*) AS shared FROM (` + strings.Join(terms, " UNION ALL ") +
		`) GROUP BY seq HAVING COUNT(*) >= ` + strconv.Itoa(nearMinBands) +
		` ORDER BY shared DESC, seq LIMIT ` + strconv.Itoa(nearCandidates)
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

// bandTierMax is the number of documents whose band keys the store holds
// in memory before writing them to the band table.
const bandTierMax = 32768

// bandTier holds in memory the LSH band keys of the documents stored after
// the band table's mark (search_state's "bands"): the table takes them
// when there are bandTierMax of them, sorted, in one go.
//
// Inserting each document's 32 keys into the table as it came touched 32
// pages at random places of an index that grows to hundreds of megabytes:
// every transaction wrote each of those pages to the write-ahead log again,
// and the checkpoint once more. Sorted, a page takes many keys at once.
// The documents' signatures are in the signatures table as they come, so
// what the tier holds is read back from them when a store is opened, when
// another connection has written, or when a transaction is rolled back.
type bandTier struct {
	loaded bool
	// max replaces bandTierMax when set (tests)
	max int
	// upto is the band table's mark: the bands of the documents up to it
	// are in the table
	upto int64
	// docs is the number of documents held, pending of them added in the
	// open transaction
	docs, pending int
	// head maps a band's key (mixed with its band) to its latest entry
	head map[uint64]int32
	ents []bandEnt
}

// bandEnt is a document holding a band key; entries of one key are
// chained from the latest to the first stored.
type bandEnt struct {
	seq  int64
	prev int32 // the entry before, -1 for none
	n    int32 // entries of the chain up to this one
}

// bandMix mixes band b into its key k.
func bandMix(b int, k uint64) uint64 {
	return k ^ (uint64(b)+1)*0x9e3779b97f4a7c15
}

// add adds the band keys of document seq. A key keeps its first
// nearPerBand documents, as nearSQL reads from the table.
func (t *bandTier) add(seq int64, keys []uint64) {
	if !t.loaded || keys == nil {
		return
	}
	for b, k := range keys {
		m := bandMix(b, k)
		prev, ok := t.head[m]
		n := int32(1)
		if ok {
			if t.ents[prev].n >= nearPerBand {
				continue
			}
			n = t.ents[prev].n + 1
		} else {
			prev = -1
		}
		t.head[m] = int32(len(t.ents))
		t.ents = append(t.ents, bandEnt{seq: seq, prev: prev, n: n})
	}
	t.docs++
	t.pending++
}

// lookup counts, for each document held, the band keys it shares with keys.
func (t *bandTier) lookup(keys []uint64) map[int64]int {
	var out map[int64]int
	for b, k := range keys {
		i, ok := t.head[bandMix(b, k)]
		if !ok {
			continue
		}
		if out == nil {
			out = map[int64]int{}
		}
		for ; i >= 0; i = t.ents[i].prev {
			out[t.ents[i].seq]++
		}
	}
	return out
}

// drop forgets what the tier holds: it is read again when next needed.
func (t *bandTier) drop() {
	*t = bandTier{max: t.max}
}

// rollback forgets what the tier holds if the transaction rolled back
// added to it.
func (t *bandTier) rollback() {
	if t.pending > 0 {
		t.drop()
	}
}

// full says whether the tier holds enough documents to be written.
func (t *bandTier) full() bool {
	if t.max > 0 {
		return t.docs >= t.max
	}
	return t.docs >= bandTierMax
}

// loadBands reads the band table's mark and the band keys of the documents
// after it, unless the tier holds them already; in tx, or outside any
// transaction when tx is nil.
func (s *Store) loadBands(ctx context.Context, tx *sql.Tx) error {
	t := &s.bands
	if t.loaded {
		return nil
	}
	t.drop()
	t.head = map[uint64]int32{}
	rows, err := s.query(ctx, tx, `SELECT upto FROM search_state WHERE name = 'bands'`)
	if err != nil {
		return fmt.Errorf("read band mark: %w", err)
	}
	for rows.Next() {
		if err := rows.Scan(&t.upto); err != nil {
			rows.Close()
			return fmt.Errorf("read band mark: %w", err)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read band mark: %w", err)
	}
	rows, err = s.query(ctx, tx, `SELECT seq, signature FROM signatures WHERE seq > ? ORDER BY seq`, t.upto)
	if err != nil {
		return fmt.Errorf("read recent signatures: %w", err)
	}
	defer rows.Close()
	t.loaded = true
	for rows.Next() {
		var seq int64
		var blob []byte
		if err := rows.Scan(&seq, &blob); err != nil {
			t.drop()
			return fmt.Errorf("read recent signatures: %w", err)
		}
		t.add(seq, near.BandKeys(assemble.DecodeSignature(blob)))
	}
	t.pending = 0
	if err := rows.Err(); err != nil {
		t.drop()
		return fmt.Errorf("read recent signatures: %w", err)
	}
	return nil
}

// flushBands writes the band keys of every document after the band table's
// mark into the table, sorted, and moves the mark to the last document
// stored; it returns the new mark, for the tier to start over from once
// tx commits.
func (s *Store) flushBands(ctx context.Context, tx *sql.Tx) (int64, error) {
	var upto, last int64
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT upto FROM search_state WHERE name = 'bands'), (SELECT COALESCE(MAX(seq), 0) FROM documents)`).Scan(&upto, &last); err != nil {
		return 0, fmt.Errorf("write bands: %w", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT seq, signature FROM signatures WHERE seq > ? ORDER BY seq`, upto)
	if err != nil {
		return 0, fmt.Errorf("write bands: %w", err)
	}
	type row struct {
		key  uint64
		seq  int64
		band int
	}
	var all []row
	for rows.Next() {
		var seq int64
		var blob []byte
		if err := rows.Scan(&seq, &blob); err != nil {
			rows.Close()
			return 0, fmt.Errorf("write bands: %w", err)
		}
		for b, k := range near.BandKeys(assemble.DecodeSignature(blob)) {
			all = append(all, row{key: k, seq: seq, band: b})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("write bands: %w", err)
	}
	// the table's order: band, then key as SQLite compares integers
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.band != b.band {
			return a.band < b.band
		}
		if a.key != b.key {
			return int64(a.key) < int64(b.key)
		}
		return a.seq < b.seq
	})
	const chunk = 256 // rows of a statement: 768 variables
	insert := func(n int) string {
		return `INSERT OR IGNORE INTO doc_bands(band, key, seq) VALUES (?,?,?)` + strings.Repeat(",(?,?,?)", n-1)
	}
	full, err := tx.PrepareContext(ctx, insert(chunk))
	if err != nil {
		return 0, fmt.Errorf("write bands: %w", err)
	}
	defer full.Close()
	vals := make([]any, 0, 3*chunk)
	for len(all) > 0 {
		n := min(chunk, len(all))
		vals = vals[:0]
		for _, r := range all[:n] {
			vals = append(vals, r.band, int64(r.key), r.seq)
		}
		if n == chunk {
			_, err = full.ExecContext(ctx, vals...)
		} else {
			_, err = tx.ExecContext(ctx, insert(n), vals...)
		}
		if err != nil {
			return 0, fmt.Errorf("write bands: %w", err)
		}
		all = all[n:]
	}
	if _, err := tx.ExecContext(ctx, `UPDATE search_state SET upto = ? WHERE name = 'bands'`, last); err != nil {
		return 0, fmt.Errorf("write bands: %w", err)
	}
	return last, nil
}
