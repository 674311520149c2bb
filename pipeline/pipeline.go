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
	// OnReport, when set, is called for every input, in order.
	OnReport func(Report)
}

type job struct {
	item ingest.Item
	x    *dossier.Extraction
	err  error
	done chan struct{}
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
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				if j.item.Doc != nil {
					if j.item.Doc.Signature == nil {
						j.item.Doc.Signature = near.Signature(j.item.Doc.Text)
					}
					j.x, j.err = g.Extractor.Extract(ctx, j.item.Doc)
				}
				close(j.done)
			}
		}()
	}
	var fatal error
	for j := range order {
		<-j.done
		r := Report{Path: j.item.Path, Seq: j.item.Seq, Doc: j.item.Doc}
		switch {
		case j.item.Skipped:
			r.Outcome = Skipped
			st.Skipped++
		case j.item.Err != nil:
			r.Outcome, r.Err = Failed, j.item.Err
			st.Failed++
		case j.err != nil:
			r.Outcome, r.Err = Failed, fmt.Errorf("%s: extract: %w", j.item.Path, j.err)
			st.Failed++
		default:
			r.Doc = &j.x.Document
			r.Outcome, r.Err = g.store(ctx, finder, idx, j.x)
			switch r.Outcome {
			case Added:
				st.Added++
			case Copy:
				st.Copies++
			case Duplicate:
				st.Duplicates++
			case Failed:
				st.Failed++
			}
			if r.Outcome == Added || r.Outcome == Copy {
				st.Words += len(strings.Fields(j.x.Document.Text))
			}
			if r.Err != nil && ctx.Err() != nil {
				fatal = ctx.Err()
			}
		}
		if g.OnReport != nil {
			g.OnReport(r)
		}
		if fatal != nil {
			cancel()
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

// store links a near-copy and stores the extraction.
func (g *Ingester) store(ctx context.Context, finder dossier.NearCopyFinder, idx *near.Index, x *dossier.Extraction) (Outcome, error) {
	doc := &x.Document
	if ok, err := g.Store.HasDocument(ctx, doc.ID); err != nil {
		return Failed, err
	} else if ok {
		return Duplicate, nil
	}
	var (
		id  string
		sim float64
		ok  bool
	)
	if finder != nil {
		var err error
		if id, sim, ok, err = finder.NearCopy(ctx, doc.Signature, g.CopyThreshold); err != nil {
			return Failed, err
		}
	} else {
		id, sim, ok = idx.Query(doc.Signature, g.CopyThreshold)
	}
	if ok && id != doc.ID {
		doc.CopyOf, doc.CopySimilarity = id, sim
	}
	res, err := g.Store.Put(ctx, x)
	if err != nil {
		return Failed, err
	}
	if !res.Added {
		return Duplicate, nil
	}
	if doc.CopyOf != "" {
		return Copy, nil
	}
	if idx != nil {
		idx.Add(doc.ID, doc.Signature)
	}
	return Added, nil
}
