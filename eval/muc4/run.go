package muc4

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
)

// Options tune Run. The zero value scores every document with both
// matchers.
type Options struct {
	// StrictOnly skips the head-noun table.
	StrictOnly bool
	// Limit, when positive, scores only the first Limit documents.
	Limit int
	// Logger receives one warning per failed document and a summary; nil
	// discards them.
	Logger *slog.Logger
	// Progress, when set, is called after each document with the number
	// done and the total.
	Progress func(done, total int)
}

// Run implements `dossier eval muc4 FILE`: it reads FILE (either processed
// form, see Read), asks p for the role fillers of each document and scores
// them with Score. The Predictor sees the document's ID and Text only: Run
// clears Gold and Templates in the copy it passes. A document whose
// prediction fails is logged, listed in Report.Failures and scored as an
// empty prediction; Run stops with an error only when ctx is done or FILE
// cannot be read. It returns the predictions keyed by Doc.ID, for
// WritePredictions.
func Run(ctx context.Context, path string, p Predictor, opt Options) (*Report, map[string]Prediction, error) {
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("muc4: %w", err)
	}
	docs, err := Read(f)
	f.Close()
	if err != nil {
		return nil, nil, fmt.Errorf("muc4: %s: %w", path, err)
	}
	if opt.Limit > 0 && opt.Limit < len(docs) {
		docs = docs[:opt.Limit]
	}
	preds := make(map[string]Prediction, len(docs))
	var failures []Failure
	for i, doc := range docs {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("muc4: after %d of %d docs: %w", i, len(docs), err)
		}
		pred, err := p.Predict(ctx, Doc{ID: doc.ID, Text: doc.Text})
		if err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return nil, nil, fmt.Errorf("muc4: doc %s: %w", doc.ID, cerr)
			}
			log.Warn("muc4: prediction failed", "doc", doc.ID, "err", err)
			failures = append(failures, Failure{DocID: doc.ID, Err: err.Error()})
			pred = nil
		}
		preds[doc.ID] = pred
		if opt.Progress != nil {
			opt.Progress(i+1, len(docs))
		}
	}
	rep := Score(docs, preds, !opt.StrictOnly)
	rep.Failures = failures
	log.Info("muc4: scored", "file", path, "docs", len(docs), "failed", len(failures),
		"strict_f1", rep.Strict.Micro.F1)
	return &rep, preds, nil
}
