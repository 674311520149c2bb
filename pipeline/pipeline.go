// Package pipeline runs dossier's whole path for a set of inputs: read and
// clean (ingest), link syndicated copies (near), extract, and store.
//
// Extraction runs on several goroutines; storing is serial and in input
// order, so the first of two syndicated copies is always the original.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"dossier"
	"dossier/extract"
	"dossier/ingest"
	"dossier/near"
)

// Outcome says what happened to one input.
type Outcome string

// Outcomes of an input.
const (
	Added     Outcome = "added"     // stored
	Duplicate Outcome = "duplicate" // the same text was stored already
	Copy      Outcome = "copy"      // stored, and linked as a near-copy of an earlier document
	Failed    Outcome = "failed"    // could not be read, parsed, extracted or stored
	Skipped   Outcome = "skipped"   // a file of unknown type in a folder
)

// Report is the outcome of one input, given to Ingester.OnReport.
type Report struct {
	Path    string
	Outcome Outcome
	Doc     *dossier.Document // nil when Failed or Skipped
	Err     error             // set when Failed
	// Seq is the 1-based number of the file, as ingest.CountFiles counts.
	Seq int

	words   int                 // of a stored document
	x       *dossier.Extraction // to store
	packed  []byte              // x as the store keeps it, when it packs
	inBatch bool                // stored in the open batch
}

// packer is a store that encodes an extraction the way it keeps it apart
// from storing it (sqlite.Store), so that the workers encode in parallel
// and the store's single writer does not.
type packer interface {
	Pack(*dossier.Extraction) ([]byte, error)
}

// packedPutter is a batch that stores an extraction packer encoded.
type packedPutter interface {
	PutPacked(context.Context, *dossier.Extraction, []byte) (dossier.PutResult, error)
}

// Stats counts the outcomes of a run.
type Stats struct {
	Added, Duplicates, Copies, Failed, Skipped int
	Words                                      int
}

// Ingester stores the documents of a set of paths.
type Ingester struct {
	Store     dossier.Store
	Extractor *extract.Extractor
	Options   ingest.Options
	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// CopyThreshold is the estimated Jaccard similarity above which a
	// document is a near-copy of an earlier one; 0 means near's default.
	CopyThreshold float64
	// BatchSize is the number of documents stored in one transaction when
	// the store is a dossier.Batcher (each still whole or not at all); 0
	// means DefaultBatchSize, 1 one transaction per document.
	BatchSize int
	// OnReport, when set, is called for every input, in order, once it is
	// stored (committed) or has failed.
	OnReport func(Report)
}

// DefaultBatchSize is the number of documents of a transaction by default:
// large enough that commits cost little, small enough that a run's reports
// stay live.
const DefaultBatchSize = 64

type job struct {
	item   ingest.Item
	x      *dossier.Extraction
	packed []byte // x as the store keeps it (packer), encoded off the serial store loop
	words  int    // of the text, counted off the serial store loop
	err    error
	done   chan struct{}
}

// Run ingests paths. A failure of one input is a Report with Outcome
// Failed; Run returns an error only when the context ends or the store
// fails in a way that would fail every document.
func (g *Ingester) Run(ctx context.Context, paths []string) (Stats, error) {
	var st Stats
	// Near-copies are found by the store when it can (memory stays flat as
	// the corpus grows), else in an index of all stored signatures.
	finder, _ := g.Store.(dossier.NearCopyFinder)
	var idx *near.Index
	if finder == nil {
		idx = &near.Index{}
		sigs, err := g.Store.Signatures(ctx)
		if err != nil {
			return st, fmt.Errorf("ingest: load signatures: %w", err)
		}
		for _, s := range sigs {
			idx.Add(s.DocumentID, s.Values)
		}
	}
	workers := g.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan *job, workers*4)
	order := make(chan *job, workers*8)
	walkErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		defer close(order)
		walkErr <- ingest.Walk(ctx, paths, g.Options, func(it ingest.Item) error {
			j := &job{item: it, done: make(chan struct{})}
			select {
			case order <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			return nil
		})
	}()
	pk, _ := g.Store.(packer)
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				if j.item.Doc != nil {
					if j.item.Doc.Signature == nil {
						j.item.Doc.Signature = near.Signature(j.item.Doc.Text)
					}
					j.x, j.err = g.Extractor.Extract(ctx, j.item.Doc)
					j.words = len(strings.Fields(j.item.Doc.Text))
					if j.err == nil && pk != nil {
						j.packed, j.err = pk.Pack(j.x)
					}
				}
				close(j.done)
			}
		}()
	}
	// Documents are stored in batches (one transaction, a savepoint each)
	// when the store can; their reports wait for the commit, so that a
	// document is reported stored only once it is.
	sink := &batcher{g: g, st: &st, finder: finder, idx: idx}
	if bs, ok := g.Store.(dossier.Batcher); ok && g.BatchSize != 1 {
		sink.batcher = bs
	}
	var fatal error
	for fatal == nil {
		var j *job
		var ok bool
		select {
		case j, ok = <-order:
		default:
			// nothing ready: make what is pending visible while waiting
			if fatal = sink.flush(ctx); fatal != nil {
				break
			}
			j, ok = <-order
		}
		if !ok || fatal != nil {
			break
		}
		select {
		case <-j.done:
		default:
			if fatal = sink.flush(ctx); fatal != nil {
				break
			}
			<-j.done
		}
		if fatal != nil {
			break
		}
		r := Report{Path: j.item.Path, Seq: j.item.Seq, Doc: j.item.Doc}
		switch {
		case j.item.Skipped:
			r.Outcome = Skipped
		case j.item.Err != nil:
			r.Outcome, r.Err = Failed, j.item.Err
		case j.err != nil:
			r.Outcome, r.Err = Failed, fmt.Errorf("%s: extract: %w", j.item.Path, j.err)
		default:
			r.Doc, r.x, r.packed = &j.x.Document, j.x, j.packed
			r.words = j.words
		}
		sink.pending = append(sink.pending, r)
		if r.x != nil {
			fatal = sink.put(ctx, len(sink.pending)-1)
		}
		if fatal == nil && len(sink.pending) >= sink.size() {
			fatal = sink.flush(ctx)
		}
	}
	if err := sink.flush(ctx); err != nil && fatal == nil {
		fatal = err
	}
	if fatal != nil {
		cancel()
		for range order { // let the walk end
		}
	}
	if err := <-walkErr; err != nil && !errors.Is(err, context.Canceled) {
		return st, err
	}
	if fatal != nil {
		return st, fatal
	}
	return st, ctx.Err()
}

// batcher stores documents, in batches when the store can, and reports
// them once they are stored.
type batcher struct {
	g       *Ingester
	st      *Stats
	finder  dossier.NearCopyFinder
	idx     *near.Index
	batcher dossier.Batcher
	batch   dossier.Batch
	pending []Report
}

// size is the number of documents of a batch.
func (b *batcher) size() int {
	if b.batcher == nil {
		return 1
	}
	if b.g.BatchSize > 0 {
		return b.g.BatchSize
	}
	return DefaultBatchSize
}

// put stores the document of pending report i, and when that fails and
// so rolls the batch back, stores the batch's other documents again in a
// new one. It returns an error only when storing cannot go on.
func (b *batcher) put(ctx context.Context, i int) error {
	queue := []int{i}
	for len(queue) > 0 {
		i, queue = queue[0], queue[1:]
		rolledBack, err := b.store(ctx, &b.pending[i])
		if err != nil {
			return err
		}
		if rolledBack {
			// what this batch held is gone: again, in order, before the rest
			var again []int
			for j := range b.pending {
				if b.pending[j].inBatch {
					b.pending[j].inBatch = false
					again = append(again, j)
				}
			}
			queue = append(again, queue...)
		}
	}
	return nil
}

// store links a near-copy and stores the report's extraction, setting its
// outcome. It says whether a batch was rolled back (by this document's
// failure), and returns an error only when storing cannot go on.
func (b *batcher) store(ctx context.Context, r *Report) (rolledBack bool, err error) {
	x := r.x
	doc := &x.Document
	doc.CopyOf, doc.CopySimilarity = "", 0
	var (
		store interface {
			HasDocument(context.Context, string) (bool, error)
		} = b.g.Store
		put    = b.g.Store.Put
		finder = b.finder
	)
	if b.batcher != nil {
		if b.batch == nil {
			bt, err := b.batcher.Begin(ctx)
			if err != nil {
				r.Outcome, r.Err = Failed, fmt.Errorf("%s: %w", doc.Path, err)
				return false, err
			}
			b.batch = bt
		}
		store, put, finder = b.batch, b.batch.Put, b.batch
		if pp, ok := b.batch.(packedPutter); ok && r.packed != nil {
			put = func(ctx context.Context, x *dossier.Extraction) (dossier.PutResult, error) {
				return pp.PutPacked(ctx, x, r.packed)
			}
		}
	}
	fail := func(err error) (bool, error) {
		r.Outcome, r.Err = Failed, err
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		if b.batch == nil {
			return false, nil
		}
		// a batch fails as a whole: drop it, and let put store the others
		// again
		b.batch.Rollback()
		b.batch = nil
		return true, nil
	}
	if ok, err := store.HasDocument(ctx, doc.ID); err != nil {
		return fail(err)
	} else if ok {
		r.Outcome = Duplicate
		return false, nil
	}
	var (
		id  string
		sim float64
		ok  bool
	)
	if finder != nil {
		if id, sim, ok, err = finder.NearCopy(ctx, doc.Signature, b.g.CopyThreshold); err != nil {
			return fail(err)
		}
	} else {
		id, sim, ok = b.idx.Query(doc.Signature, b.g.CopyThreshold)
	}
	if ok && id != doc.ID {
		doc.CopyOf, doc.CopySimilarity = id, sim
	}
	res, err := put(ctx, x)
	switch {
	case err != nil:
		return fail(err)
	case !res.Added:
		r.Outcome = Duplicate
	case doc.CopyOf != "":
		r.Outcome, r.inBatch = Copy, b.batch != nil
	default:
		r.Outcome, r.inBatch = Added, b.batch != nil
		if b.idx != nil {
			b.idx.Add(doc.ID, doc.Signature)
		}
	}
	return false, nil
}

// flush commits the batch and gives the reports of its documents, in
// order. When the commit fails, the documents it held are reported failed.
func (b *batcher) flush(ctx context.Context) error {
	var failed error
	if b.batch != nil {
		if err := b.batch.Commit(); err != nil {
			failed = fmt.Errorf("store: %w", err)
			if ctx.Err() != nil {
				// the run was stopped: say so rather than what the
				// cancelled transaction made the commit say
				failed = fmt.Errorf("not stored, the run was interrupted: %w", ctx.Err())
			}
		}
		b.batch = nil
	}
	for _, r := range b.pending {
		if failed != nil && (r.Outcome == Added || r.Outcome == Copy) {
			r.Outcome, r.Err = Failed, fmt.Errorf("%s: %w", r.Path, failed)
		}
		if r.Outcome == Failed && ctx.Err() != nil && errors.Is(r.Err, ctx.Err()) {
			// the run was stopped while the document was read, extracted
			// or stored: say so rather than what the cancelled step said
			r.Err = fmt.Errorf("%s: not stored, the run was interrupted: %w", r.Path, ctx.Err())
		}
		switch r.Outcome {
		case Added:
			b.st.Added++
		case Copy:
			b.st.Copies++
		case Duplicate:
			b.st.Duplicates++
		case Failed:
			b.st.Failed++
		case Skipped:
			b.st.Skipped++
		}
		if r.Outcome == Added || r.Outcome == Copy {
			b.st.Words += r.words
		}
		r.x, r.packed = nil, nil
		if b.g.OnReport != nil {
			b.g.OnReport(r)
		}
	}
	clear(b.pending)
	b.pending = b.pending[:0]
	if failed != nil && ctx.Err() != nil {
		return ctx.Err()
	}
	return nil
}
