package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"dossier"
	"dossier/assemble"
)

var (
	_ dossier.Batcher        = (*Store)(nil)
	_ dossier.NearCopyFinder = (*Batch)(nil)
)

// Batch stores many documents in one transaction. A document that fails
// rolls the whole batch back (see dossier.Batch): savepoints would make
// every full-text index flush its pending terms for every document. The
// store's single connection is the batch's until it ends.
type Batch struct {
	s      *Store
	tx     *sql.Tx
	broken error
	ended  bool
}

// Begin implements dossier.Batcher.
func (s *Store) Begin(ctx context.Context) (dossier.Batch, error) {
	return s.begin(ctx)
}

func (s *Store) begin(ctx context.Context) (*Batch, error) {
	s.writer.Lock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		s.writer.Unlock()
		return nil, fmt.Errorf("begin: %w", err)
	}
	if err := s.checkVersion(ctx, tx); err != nil {
		tx.Rollback()
		s.writer.Unlock()
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &Batch{s: s, tx: tx}, nil
}

// end lets the next batch begin, once.
func (b *Batch) end() {
	if !b.ended {
		b.ended = true
		b.s.writer.Unlock()
	}
}

// checkVersion drops the writer's cache when another connection (another
// process) has committed since this one last looked.
func (s *Store) checkVersion(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) error {
	var v int64
	if err := q.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return err
	}
	if v != s.version {
		s.keys.reset()
		s.bands.drop()
		s.version = v
	}
	return nil
}

// HasDocument implements dossier.Batch.
func (b *Batch) HasDocument(ctx context.Context, id string) (bool, error) {
	var n int
	st, err := b.s.stmt(ctx, b.tx, `SELECT COUNT(*) FROM documents WHERE id = ?`)
	if err != nil {
		return false, err
	}
	if err := st.QueryRowContext(ctx, id).Scan(&n); err != nil {
		return false, fmt.Errorf("has document %s: %w", id, err)
	}
	return n > 0, nil
}

// NearCopy implements dossier.NearCopyFinder inside the batch: documents
// put by the batch count.
func (b *Batch) NearCopy(ctx context.Context, sig []uint64, threshold float64) (string, float64, bool, error) {
	return b.s.nearCopy(ctx, b.tx, sig, threshold)
}

// Put implements dossier.Batch.
func (b *Batch) Put(ctx context.Context, x *dossier.Extraction) (res dossier.PutResult, err error) {
	return b.PutPacked(ctx, x, nil)
}

// PutPacked is Put with x already encoded by Store.Pack (nil: encode it
// here).
func (b *Batch) PutPacked(ctx context.Context, x *dossier.Extraction, packed []byte) (res dossier.PutResult, err error) {
	doc := &x.Document
	if b.broken != nil {
		return res, fmt.Errorf("put %s: %w", doc.Path, b.broken)
	}
	defer func() {
		if err != nil {
			b.fail(err)
			b.tx.Rollback()
		}
	}()
	if err := assemble.CheckDocument(x); err != nil {
		return res, err
	}
	res.DocumentID = doc.ID
	if ok, err := b.HasDocument(ctx, doc.ID); err != nil || ok {
		return res, err
	}
	if err := b.s.putDocument(ctx, b.tx, x, packed); err != nil {
		return res, fmt.Errorf("put %s: %w", doc.Path, err)
	}
	res.Added = true
	return res, nil
}

// fail marks the batch as failed: it can neither store more nor commit.
// The caches may hold what is rolled back: they start over.
func (b *Batch) fail(err error) {
	b.s.keys.reset()
	b.s.bands.rollback()
	b.broken = fmt.Errorf("batch failed: %w", err)
}

// Commit implements dossier.Batch.
func (b *Batch) Commit() error {
	defer b.end()
	if b.broken != nil {
		return b.broken
	}
	ctx := context.Background()
	mark := int64(-1)
	if b.s.bands.loaded && b.s.bands.full() {
		var err error
		if mark, err = b.s.flushBands(ctx, b.tx); err != nil {
			b.fail(err)
			b.tx.Rollback()
			return b.broken
		}
	}
	if err := b.s.indexSearch(ctx, b.tx); err != nil {
		b.fail(err)
		b.tx.Rollback()
		return b.broken
	}
	if err := b.tx.Commit(); err != nil {
		b.s.keys.reset()
		b.s.bands.drop()
		return fmt.Errorf("commit: %w", err)
	}
	t := &b.s.bands
	t.pending = 0
	if mark >= 0 {
		// the table holds every band now: the tier starts over
		t.drop()
		t.head, t.upto, t.loaded = map[uint64]int32{}, mark, true
	}
	return nil
}

// Rollback implements dossier.Batch.
func (b *Batch) Rollback() error {
	defer b.end()
	b.s.keys.reset()
	b.s.bands.rollback()
	if err := b.tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return fmt.Errorf("rollback: %w", err)
	}
	return nil
}

// indexSearch adds the rows stored since the last time to the full-text
// indexes of documents, claims and events: once per transaction, so that
// each index takes a transaction's rows in one go (see migration 0008).
func (s *Store) indexSearch(ctx context.Context, tx *sql.Tx) error {
	for _, q := range indexSearchSQL {
		if _, err := s.exec(ctx, tx, q); err != nil {
			return fmt.Errorf("index for search: %w", err)
		}
	}
	return nil
}

// indexSearchSQL fills the full-text indexes from search_state's marks.
var indexSearchSQL = []string{
	`INSERT INTO documents_fts(rowid, title, text) SELECT seq, title, text FROM documents
		WHERE seq > (SELECT upto FROM search_state WHERE name = 'documents') ORDER BY seq`,
	`UPDATE search_state SET upto = (SELECT COALESCE(MAX(seq), 0) FROM documents) WHERE name = 'documents'`,
	`INSERT INTO claims_fts(rowid, predicate, value, source)
		SELECT rowid, replace(predicate, '_', ' '), value, source FROM claims
		WHERE rowid > (SELECT upto FROM search_state WHERE name = 'claims') ORDER BY rowid`,
	`UPDATE search_state SET upto = (SELECT COALESCE(MAX(rowid), 0) FROM claims) WHERE name = 'claims'`,
	`INSERT INTO events_fts(rowid, type, subtype, location, country, perpetrator)
		SELECT id, type, subtype, location, country, perpetrator FROM events
		WHERE id > (SELECT upto FROM search_state WHERE name = 'events') ORDER BY id`,
	`UPDATE search_state SET upto = (SELECT COALESCE(MAX(id), 0) FROM events) WHERE name = 'events'`,
}
