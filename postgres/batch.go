package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"dossier"
	"dossier/assemble"
)

var (
	_ dossier.Batcher        = (*Store)(nil)
	_ dossier.NearCopyFinder = (*Batch)(nil)
)

// Batch stores many documents in one transaction, each in a savepoint of
// its own: a document that fails leaves nothing and the batch goes on,
// unless the transaction itself broke (a lost connection, a cancelled
// context), after which Put and Commit fail. The batch holds the
// knowledge base's write lock until it ends: other writers wait, readers
// do not.
type Batch struct {
	s      *Store
	tx     pgx.Tx
	broken error
}

// Begin implements dossier.Batcher.
func (s *Store) Begin(ctx context.Context) (dossier.Batch, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	if err := lock(ctx, tx, lockPut); err != nil {
		tx.Rollback(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &Batch{s: s, tx: tx}, nil
}

// HasDocument implements dossier.Batch.
func (b *Batch) HasDocument(ctx context.Context, id string) (bool, error) {
	var ok bool
	if err := b.tx.QueryRow(ctx, `SELECT EXISTS(SELECT 1 FROM documents WHERE id = $1)`, id).Scan(&ok); err != nil {
		return false, fmt.Errorf("has document %s: %w", id, err)
	}
	return ok, nil
}

// NearCopy implements dossier.NearCopyFinder inside the batch: documents
// put by the batch count.
func (b *Batch) NearCopy(ctx context.Context, sig []uint64, threshold float64) (string, float64, bool, error) {
	return nearCopy(ctx, b.tx, sig, threshold)
}

// Put implements dossier.Batch.
func (b *Batch) Put(ctx context.Context, x *dossier.Extraction) (res dossier.PutResult, err error) {
	doc := &x.Document
	if b.broken != nil {
		return res, fmt.Errorf("put %s: %w", doc.Path, b.broken)
	}
	if err := check(x); err != nil {
		return res, err
	}
	res.DocumentID = doc.ID
	sp, err := b.tx.Begin(ctx) // a savepoint
	if err != nil {
		b.broken = fmt.Errorf("batch failed: %w", err)
		return res, fmt.Errorf("put %s: %w", doc.Path, b.broken)
	}
	added, err := b.s.putDocument(ctx, sp, x)
	if err == nil && added {
		err = sp.Commit(ctx) // releases the savepoint
	} else if rerr := sp.Rollback(context.WithoutCancel(ctx)); rerr != nil {
		b.broken = fmt.Errorf("batch failed: %w", errors.Join(err, rerr))
	}
	if err != nil {
		return res, fmt.Errorf("put %s: %w", doc.Path, err)
	}
	res.Added = added
	return res, nil
}

// Commit implements dossier.Batch.
func (b *Batch) Commit() error {
	ctx := context.Background()
	if b.broken != nil {
		b.tx.Rollback(ctx)
		return b.broken
	}
	if err := b.tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Rollback implements dossier.Batch.
func (b *Batch) Rollback() error {
	if err := b.tx.Rollback(context.Background()); err != nil && !errors.Is(err, pgx.ErrTxClosed) {
		return fmt.Errorf("rollback: %w", err)
	}
	return nil
}

// check returns an error wrapping dossier.ErrInvalid when x cannot be
// stored.
func check(x *dossier.Extraction) error {
	if err := assemble.CheckDocument(x); err != nil {
		return err
	}
	if strings.ContainsRune(x.Document.Text, 0) {
		return fmt.Errorf("put %s: %w: the text holds a NUL character, which PostgreSQL text cannot", x.Document.Path, dossier.ErrInvalid)
	}
	return nil
}
